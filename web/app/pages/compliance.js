// The compliance dashboard: each commitment's state and the entries that
// explain it, at any point of the ledger; and confirmed violations and
// penalties per party over time as charts.

import { h, clear, api, notice, field, session, fmtTime, serial, loadActs, offer, actForm, choose, act, randomId, nowUtc, DEFAULT_CATEGORIES, loadScript, putBlob } from "../core.js";
import { t, tv, fmtNum, fmtList, sayReason } from "../i18n.js";


/* global Chart */
const charts = [];

export async function render(main) {
  main.append(h("h1", {}, t("comp-title")));
  const body = h("div");
  main.append(body);
  let upto = "";
  // One result box for the page's life: a redraw after an act keeps it, so
  // the act's outcome stays in view.
  const out = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
  const draw = serial(drawNow);
  async function drawNow() {
    clear(body);
    for (const c of charts.splice(0)) c.destroy();
    if (!session.info) {
      body.append(notice("info", t("comp-members-only")));
      return;
    }
    const q = upto ? `?upto=${encodeURIComponent(upto)}` : "";
    const [compliance, findings, penalties, process, acts] = await Promise.all([
      api(`/api/v1/compliance${q}`).catch((e) => (e.status === 404 ? null : Promise.reject(e))),
      api("/api/v1/findings"), api("/api/v1/penalties"), api("/api/v1/process"), loadActs(),
      loadScript("/assets/vendor/chart.umd.min.js"),
    ]);
    body.append(out);
    body.append(await reports(acts, out, draw));
    const configure = offer(acts, "mechanism.configure");
    if (configure) {
      // The editor is loaded only where the mechanism may be configured.
      const [inForce, { mechanismEditor }] = await Promise.all([
        api("/api/v1/mechanism").catch(() => null), import("../mechanism.js"),
      ]);
      body.append(configureForm(configure, process, out, draw, inForce, mechanismEditor));
    }
    if (!compliance) {
      body.append(h("p", {}, t("comp-not-configured")));
      return;
    }
    const uptoInput = h("input", { type: "number", min: 1, name: "upto", value: upto || compliance.upto });
    const form = h("form", { class: "toolbar" }, field(t("comp-as-of"), uptoInput),
      h("button", { type: "submit" }, t("comp-show")), " ", h("button", { type: "button", class: "secondary", onclick: () => { upto = ""; draw(); } }, t("comp-latest")));
    form.addEventListener("submit", (ev) => { ev.preventDefault(); upto = uptoInput.value; draw(); });
    body.append(form, h("p", { class: "muted" }, t("comp-as-of-note", { upto: String(compliance.upto), at: fmtTime(compliance.at) })));
    body.append(h("div", { class: "scroll" }, h("table", { "data-testid": "commitments" },
      h("thead", {}, h("tr", {}, ["comp-commitment", "comp-clause", "comp-bearer", "comp-state", "comp-why"].map((k) => h("th", { scope: "col" }, t(k))))),
      h("tbody", {}, compliance.commitments.map((c) => h("tr", { "data-commitment": c.id },
        h("th", { scope: "row" }, c.id), h("td", {}, c.clause), h("td", {}, c.bearer),
        h("td", {}, h("span", { class: `chip cs-${c.state}` }, tv("comp-state", c.state))),
        h("td", {}, h("ul", { class: "reasons" }, c.reasons.map((r) => h("li", {}, r.index !== null ? h("span", { class: "muted" }, `${t("comp-entry-ref", { index: String(r.index) })} `) : null, r.text))),
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
    const text = (rows, key) => fmtList(parties.map((p) => `${p}: ${fmtNum(rows.filter((r) => r[key] === p).length)}`));
    chartBox("chart-violations", t("comp-chart-violations"), series(violations, "party"), text(violations, "party"));
    chartBox("chart-penalties", t("comp-chart-penalties"), series(penalties, "party"), text(penalties, "party"));
    body.append(h("section", { "aria-labelledby": "h-pen" }, h("h2", { id: "h-pen" }, t("comp-penalties")),
      penalties.length ? h("ul", {}, penalties.map((p) => h("li", {}, `${fmtTime(p.at)} · ${p.party} · ${tv("comp-penalty-kind", p.kind)} (${tv("comp-penalty-status", p.status)})${p.appeal_decision ? ` · ${tv("comp-appeal-result", p.appeal_decision)}` : ""}`))) : h("p", {}, t("comp-none"))));
  }
  await draw();
  return { refresh: draw };
}

/** Report what the party did to meet an obligation it bears. */
function actionForm(o, c, out, after) {
  if (!o) return null;
  const summary = h("textarea", { rows: 2, name: "action_summary", required: true });
  return actForm(o, {
    title: t("comp-action-title"), label: t("comp-action-sign"), out, after, fold: true,
    submit: () => act("action.report", { action: randomId("act"), commitment: c.id, summary: summary.value, evidence: [], at: nowUtc() }),
  }, field(t("comp-action-what"), summary));
}

/**
 * The mechanism's terms in the structured editor (mechanism.js), prefilled
 * with the parties, the mediators and the terms in force (or a template);
 * the same terms as JSON beside it, either one the source of the other. The
 * server checks them against the same rules as the log and names what is
 * wrong; the page lays out which commitments each penalty rule penalises.
 */
function configureForm(o, process, out, after, inForce, mechanismEditor) {
  const parties = process.participants.filter((p) => p.kind === "party");
  const mediators = process.participants.filter((p) => p.kind === "mediator");
  const agreement = choose("agreement", o.choices);
  // Terms in force keep their agreement unless the mediator picks another.
  if (inForce && o.choices.includes(inForce.agreement)) agreement.value = inForce.agreement;
  const { index: _i, at: _a, agreement: _g, ...current } = inForce || {};
  const initial = inForce ? current : {
    entry_into_force: new Date().toISOString().slice(0, 10),
    territories: {},
    finding_quorum: Math.min(2, mediators.length) || 1,
    joint_teams: true, reply_hours: 72, appeal_days: 14, appeal_body: mediators.map((p) => p.id),
    commitments: [], penalties: [],
  };
  const categories = (inForce && inForce.categories) || DEFAULT_CATEGORIES;
  const editor = mechanismEditor({
    parties, mediators, categories, initial,
    clauses: async (id) => (await api(`/api/v1/versions/${encodeURIComponent(id)}`)).clauses.map((c) => c.eid),
  });
  agreement.addEventListener("change", () => editor.useAgreement(agreement.value));
  if (agreement.value) editor.useAgreement(agreement.value);
  // The JSON is the form's until someone types in it; typed JSON must be
  // read into the form before the terms are checked or signed.
  const terms = h("textarea", { rows: 14, class: "code", name: "mechanism" });
  let typed = false;
  const show = () => { terms.value = JSON.stringify(editor.value(), null, 2); typed = false; };
  terms.addEventListener("input", () => { typed = true; });
  const fromForm = h("button", { type: "button", class: "secondary", onclick: show }, t("comp-json-from-form"));
  const toForm = h("button", { type: "button", class: "secondary", onclick: () => {
    verdict.replaceChildren();
    try {
      editor.load(JSON.parse(terms.value));
      show();
    } catch (e) {
      verdict.append(notice("error", t("comp-not-json", { why: e.message })));
    }
  } }, t("comp-json-to-form"));
  for (const ev of ["input", "change", "click"]) {
    editor.el.addEventListener(ev, () => { if (json.open && !typed) setTimeout(show); });
  }
  const json = h("details", { class: "json-terms" }, h("summary", {}, t("comp-terms")),
    h("p", { class: "muted" }, t("comp-territories-hint", { example: `{${parties.map((p) => `"${p.id}": "…"`).join(", ")}}` })),
    terms, h("div", { class: "toolbar" }, fromForm, " ", toForm));
  json.addEventListener("toggle", () => { if (json.open && !typed) show(); });
  const verdict = h("div", { "aria-live": "polite", "data-testid": "mechanism-check" });
  // What is checked and signed is the form; JSON edited but not read into
  // it is refused rather than silently left out.
  const body = () => {
    if (typed) throw new Error(t("comp-json-not-read"));
    return { ...editor.value(), agreement: agreement.value, at: nowUtc() };
  };
  // The server checks the terms with the log's own rules (nothing is
  // signed); the page only lays out what the terms say.
  const check = h("button", { type: "button", class: "secondary", onclick: async () => {
    verdict.replaceChildren();
    try {
      const b = body();
      const r = await api("/api/v1/check", { method: "POST", body: JSON.stringify({ kind: "mechanism.configure", body: b }), headers: { "Content-Type": "application/json" } });
      const why = r.admitted ? null : await sayReason(r.why, r.reason);
      verdict.append(notice(r.admitted ? "ok" : "error", r.admitted ? t("comp-check-ok") : t("comp-check-refused", { reason: why })),
        consequences(b));
    } catch (e) {
      verdict.append(notice("error", e.message));
    }
  } }, t("comp-check"));
  return actForm(o, {
    title: t("comp-configure-title"), label: t("comp-configure-sign"), out, after,
    submit: () => act("mechanism.configure", body()),
  }, field(t("comp-agreement"), agreement), editor.el, json, check, verdict);
}

/**
 * Reports: the reader's own report of a period in each format, and, for the
 * mediators, the public report of a period proposed for publication or a
 * proposal signed. What is signed is the public report's data as the public
 * would fetch it (no session), stored again as this member's upload.
 */
async function reports(acts, out, after) {
  const card = h("section", { class: "card", "aria-labelledby": "h-reports", "data-testid": "reports" }, h("h2", { id: "h-reports" }, t("comp-reports-title")));
  const from = h("input", { type: "date", name: "from", value: "2025-11-01", required: true });
  const to = h("input", { type: "date", name: "to", value: "2025-11-30", required: true });
  const links = h("p", { "data-testid": "report-links" });
  const drawLinks = () => {
    const q = `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`;
    links.replaceChildren(t("comp-report-download"), " ",
      ...["html", "pdf", "json", "csv", "geojson"].flatMap((f, i) => [i ? " · " : "", h("a", { href: `/api/v1/report?${q}&format=${f}`, target: "_blank", rel: "noopener", "data-format": f }, f.toUpperCase())]));
  };
  from.addEventListener("change", drawLinks);
  to.addEventListener("change", drawLinks);
  drawLinks();
  card.append(h("div", { class: "toolbar" }, field(t("comp-report-from"), from), field(t("comp-report-to"), to)), links);
  const propose = offer(acts, "publication.sign");
  if (propose) {
    const id = h("input", { name: "report_id", value: "report-2025-11", required: true, pattern: "[a-z0-9][a-z0-9-]{0,63}" });
    const title = h("input", { name: "title" });
    card.append(actForm(propose, {
      title: t("comp-report-propose-title"), label: t("comp-report-propose-sign"), done: t("comp-report-proposed"), out, after, fold: true,
      submit: async () => {
        const q = `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}&id=${encodeURIComponent(id.value)}&format=json`;
        // The public's report: fetched without the session, as anyone would.
        const resp = await fetch(`/api/v1/report?${q}`, { credentials: "omit" });
        if (!resp.ok) {
          const j = await resp.json().catch(() => ({}));
          throw new Error(await sayReason(j.reason, j.error || `${resp.status}`));
        }
        const bytes = new Uint8Array(await resp.arrayBuffer());
        const data = JSON.parse(new TextDecoder().decode(bytes));
        const sha256 = await putBlob(bytes, "application/json");
        return act("publication.sign", { object: "report", id: id.value, report: { sha256, from: from.value, to: to.value, size: data.made_at.size, title: title.value || data.title } });
      },
    }, field(t("comp-report-id"), id), field(t("comp-report-title-field"), title)));
  }
  const proposals = acts.offers.filter((o) => o.kind === "publication.sign" && o.on.type === "report");
  if (proposals.length) {
    const under = await api("/api/v1/publications");
    for (const o of proposals) {
      const p = under.find((x) => x.object === "report" && x.id === o.on.id);
      if (!p) continue;
      card.append(actForm(o, {
        title: t("comp-report-cosign-title", { id: p.id }), label: t("comp-report-cosign"), done: t("comp-report-cosigned"), out, after,
        note: h("span", {}, t("comp-report-proposal", { title: p.report.title, from: p.report.from, to: p.report.to, signers: p.signers.map((s) => s.participant).join(", ") }), " ",
          h("a", { href: `/api/v1/blobs/${p.report.sha256}`, download: `${p.id}.json` }, h("code", {}, p.report.sha256))),
        submit: async () => {
          const bytes = await api(`/api/v1/blobs/${p.report.sha256}`, { as: "bytes" });
          const sha256 = await putBlob(bytes, "application/json");
          return act("publication.sign", { object: "report", id: p.id, report: { ...p.report, sha256 } });
        },
      }));
    }
  }
  return card;
}

/** What the terms say: which commitments each schedule rule penalises (by the categories that breach them). */
function consequences(b) {
  const commitments = b.commitments || [];
  const breaches = (c) => [...(c.breached_by || []), ...((c.condition && c.condition.categories) || [])];
  const rows = (b.penalties || []).map((r) => {
    const hit = commitments.filter((c) => breaches(c).some((x) => (r.categories || []).includes(x))).map((c) => c.id);
    return h("tr", { "data-rule": r.id }, h("th", { scope: "row" }, r.id), h("td", {}, `${r.nth || 1}. ${tv("comp-penalty-kind", r.penalty)}`),
      h("td", {}, fmtList(r.categories || [])),
      h("td", {}, hit.length ? fmtList(hit) : h("span", { class: "chip overdue" }, t("comp-rule-no-commitment"))));
  });
  return h("div", { class: "scroll" }, h("table", { "data-testid": "mechanism-consequences" },
    h("caption", {}, t("comp-schedule-caption")),
    h("thead", {}, h("tr", {}, ["comp-rule", "comp-penalty", "comp-categories", "comp-commitments-penalised"].map((k) => h("th", { scope: "col" }, t(k))))),
    h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: 4 }, t("comp-schedule-empty"))))));
}
