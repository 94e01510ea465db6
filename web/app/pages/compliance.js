// The compliance dashboard: each commitment's state and the entries that
// explain it, at any point of the ledger; and confirmed violations and
// penalties per party over time as charts.

import { h, clear, api, notice, field, session, fmtTime, serial, loadActs, offer, actForm, choose, act, randomId, nowUtc } from "../core.js";

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
    const [compliance, findings, penalties, process, acts] = await Promise.all([
      api(`/api/v1/compliance${q}`).catch((e) => (e.status === 404 ? null : Promise.reject(e))),
      api("/api/v1/findings"), api("/api/v1/penalties"), api("/api/v1/process"), loadActs(),
    ]);
    const out = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
    body.append(out);
    const configure = offer(acts, "mechanism.configure");
    if (configure) body.append(configureForm(configure, process, out, draw));
    if (!compliance) {
      body.append(h("p", {}, "The monitoring mechanism is not configured yet."));
      return;
    }
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
        h("td", {}, h("ul", { class: "reasons" }, c.reasons.map((r) => h("li", {}, r.index !== null ? h("span", { class: "muted" }, `[entry ${r.index}] `) : null, r.text))),
          actionForm(offer(acts, "action.report", "commitment", c.id), c, out, draw))))))));

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

/** Report what the party did to meet an obligation it bears. */
function actionForm(o, c, out, after) {
  if (!o) return null;
  const summary = h("textarea", { rows: 2, name: "action_summary", required: true });
  return actForm(o, {
    title: "Report action on this commitment", label: "Sign action report", out, after, fold: true,
    submit: () => act("action.report", { action: randomId("act"), commitment: c.id, summary: summary.value, evidence: [], at: nowUtc() }),
  }, field("What your party did", summary));
}

/**
 * The mechanism's terms as the mechanism.configure body (JSON), prefilled
 * with the adopted agreement and the parties; the server checks it against
 * the same rules as the log and names what is wrong.
 */
function configureForm(o, process, out, after) {
  const parties = process.participants.filter((p) => p.kind === "party").map((p) => p.id);
  const mediators = process.participants.filter((p) => p.kind === "mediator").map((p) => p.id);
  const agreement = choose("agreement", o.choices);
  const template = {
    entry_into_force: new Date().toISOString().slice(0, 10),
    territories: {},
    finding_quorum: Math.min(2, mediators.length) || 1,
    joint_teams: true, reply_hours: 72, appeal_days: 14, appeal_body: mediators,
    commitments: [], penalties: [],
  };
  const terms = h("textarea", { rows: 14, class: "code", name: "mechanism" }, JSON.stringify(template, null, 2));
  const verdict = h("div", { "aria-live": "polite", "data-testid": "mechanism-check" });
  const body = () => {
    try { return { ...JSON.parse(terms.value), agreement: agreement.value, at: nowUtc() }; } catch (e) { throw new Error(`the terms are not JSON: ${e.message}`); }
  };
  // The server checks the terms with the log's own rules (nothing is
  // signed); the page only lays out what the terms say.
  const check = h("button", { type: "button", class: "secondary", onclick: async () => {
    verdict.replaceChildren();
    try {
      const b = body();
      const r = await api("/api/v1/check", { method: "POST", body: JSON.stringify({ kind: "mechanism.configure", body: b }), headers: { "Content-Type": "application/json" } });
      verdict.append(notice(r.admitted ? "ok" : "error", r.admitted ? "The log would take these terms." : `The log would refuse these terms: ${r.reason}`),
        consequences(b));
    } catch (e) {
      verdict.append(notice("error", e.message));
    }
  } }, "Check against the rules");
  return actForm(o, {
    title: "Configure the monitoring mechanism", label: "Sign the mechanism's terms", out, after,
    submit: () => act("mechanism.configure", body()),
  }, field("Adopted agreement", agreement), field("Terms (commitments, penalty schedule, procedure)", terms,
    `Territories: each party's country by its ISO name, e.g. {${parties.map((p) => `"${p}": "…"`).join(", ")}}; the border between them is computed from the built-in Natural Earth data.`),
  check, verdict);
}

/** What the terms say: which commitments each schedule rule penalises (by the categories that breach them). */
function consequences(b) {
  const commitments = b.commitments || [];
  const breaches = (c) => [...(c.breached_by || []), ...((c.condition && c.condition.categories) || [])];
  const rows = (b.penalties || []).map((r) => {
    const hit = commitments.filter((c) => breaches(c).some((x) => (r.categories || []).includes(x))).map((c) => c.id);
    return h("tr", { "data-rule": r.id }, h("th", { scope: "row" }, r.id), h("td", {}, `${r.nth || 1}. ${r.penalty}`.replace(/_/g, " ")),
      h("td", {}, (r.categories || []).join(", ")),
      h("td", {}, hit.length ? hit.join(", ") : h("span", { class: "chip overdue" }, "no commitment: this rule penalises no breach")));
  });
  return h("div", { class: "scroll" }, h("table", { "data-testid": "mechanism-consequences" },
    h("caption", {}, "What each rule of the penalty schedule penalises"),
    h("thead", {}, h("tr", {}, ["Rule", "Penalty", "Categories", "Commitments it penalises"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: 4 }, "The schedule has no rule.")))));
}
