// The compliance dashboard: each commitment's state and the entries that
// explain it, at any point of the ledger; and confirmed violations and
// penalties per party over time as charts.

import { h, clear, api, notice, field, session, fmtTime, serial } from "../core.js";

/* global Chart */
const charts = [];

export async function render(main) {
  main.append(h("h1", {}, "Compliance"));
  const body = h("div");
  main.append(body);
  let upto = "";
  const draw = serial(drawNow);
  async function drawNow() {
    clear(body);
    for (const c of charts.splice(0)) c.destroy();
    if (!session.info) {
      body.append(notice("info", "The mechanism's terms and compliance are for members: sign in."));
      return;
    }
    const q = upto ? `?upto=${encodeURIComponent(upto)}` : "";
    const [compliance, findings, penalties, process] = await Promise.all([
      api(`/api/v1/compliance${q}`), api("/api/v1/findings"), api("/api/v1/penalties"), api("/api/v1/process"),
    ]);
    const uptoInput = h("input", { type: "number", min: 1, name: "upto", value: upto || compliance.upto });
    const form = h("form", { class: "toolbar" }, field("As of ledger entry (exclusive)", uptoInput),
      h("button", { type: "submit" }, "Show"), " ", h("button", { type: "button", class: "secondary", onclick: () => { upto = ""; draw(); } }, "Latest"));
    form.addEventListener("submit", (ev) => { ev.preventDefault(); upto = uptoInput.value; draw(); });
    body.append(form, h("p", { class: "muted" }, `State over the first ${compliance.upto} entries, at ${fmtTime(compliance.at)}.`));
    body.append(h("div", { class: "scroll" }, h("table", { "data-testid": "commitments" },
      h("thead", {}, h("tr", {}, ["Commitment", "Clause", "Bearer", "State", "Why"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, compliance.commitments.map((c) => h("tr", { "data-commitment": c.id },
        h("th", { scope: "row" }, c.id), h("td", {}, c.clause), h("td", {}, c.bearer),
        h("td", {}, h("span", { class: `chip cs-${c.state}` }, c.state.replace(/_/g, " "))),
        h("td", {}, h("ul", { class: "reasons" }, c.reasons.map((r) => h("li", {}, r.index !== null ? h("span", { class: "muted" }, `[entry ${r.index}] `) : null, r.text))))))))));

    const parties = process.participants.filter((p) => p.kind === "party").map((p) => p.id);
    const month = (s) => String(s).slice(0, 7);
    const violations = findings.filter((f) => f.outcome === "confirmed" && f.effective_index !== null && f.party);
    const months = [...new Set([...violations.map((f) => month(f.at)), ...penalties.map((p) => month(p.at))])].sort();
    const series = (rows, key) => parties.map((p, i) => ({
      label: p, data: months.map((m) => rows.filter((r) => r[key] === p && month(r.at) === m).length),
      backgroundColor: ["#3465a4", "#c17d11", "#75507b", "#4e9a06"][i % 4],
    }));
    const chartBox = (id, title, datasets, summaryText) => {
      const canvas = h("canvas", { id, role: "img", "aria-label": `${title}: ${summaryText}` });
      body.append(h("section", { class: "card chart", "aria-labelledby": `${id}-h` }, h("h2", { id: `${id}-h` }, title), h("div", { class: "chart-box" }, canvas),
        h("p", { class: "sr-only" }, summaryText)));
      charts.push(new Chart(canvas, {
        type: "bar",
        data: { labels: months, datasets },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      }));
    };
    const text = (rows, key) => parties.map((p) => `${p}: ${rows.filter((r) => r[key] === p).length}`).join(", ");
    chartBox("chart-violations", "Confirmed violations per party, by month", series(violations, "party"), text(violations, "party"));
    chartBox("chart-penalties", "Penalties per party, by month", series(penalties, "party"), text(penalties, "party"));
    body.append(h("section", { "aria-labelledby": "h-pen" }, h("h2", { id: "h-pen" }, "Penalties"),
      penalties.length ? h("ul", {}, penalties.map((p) => h("li", {}, `${fmtTime(p.at)} · ${p.party} · ${p.kind.replace(/_/g, " ")} (${p.status})${p.appeal_decision ? ` · appeal ${p.appeal_decision}` : ""}`))) : h("p", {}, "None.")));
  }
  await draw();
  return { refresh: draw };
}
