// The verification board: cases by state with their deadlines, each
// party's reply, the team's assessments, the finding with its votes and
// quorum, the penalty it prescribes and its appeal; the evidence this
// reader may handle. Every form is an act the server offers this reader
// now (GET /api/v1/acts), with pickers filled from what the reader may see
// (reports, members, the mechanism's categories and commitments).

import {
  h, clear, api, notice, field, session, fmtTime, act, randomId, nowUtc, serial, loadActs, offer, actForm, choose, checks,
} from "../core.js";
import { t, tv, fmtList } from "../i18n.js";

const COLUMNS = [["open", "ver-col-open"], ["awaiting_quorum", "ver-col-awaiting-quorum"], ["decided", "ver-col-decided"]];
// Values of closed sets the server sends, in the reader's language.
const outcomeLabel = (x) => tv("ver-outcome", x);
const kindLabel = (x) => tv("ver-penalty-kind", x);
const categoryLabel = (x) => tv("ver-category", x);
const severityLabel = (x) => tv("ver-severity", x);
const decisionLabel = (x) => tv("ver-decision", x);
const SEVERITIES = ["minor", "moderate", "serious", "grave"];

export async function render(main) {
  main.append(h("h1", {}, t("ver-title")));
  const body = h("div");
  // Outside the redrawn body, so an act's result survives the redraw it causes.
  const out = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
  main.append(out, body);
  const draw = serial(drawNow);
  async function drawNow() {
    const signedIn = Boolean(session.info);
    const [cases, penalties, process, acts, mechanism] = await Promise.all([
      api("/api/v1/cases"), api("/api/v1/penalties").catch(() => []), api("/api/v1/process"), loadActs(),
      signedIn ? api("/api/v1/mechanism").catch(() => null) : null,
    ]);
    const ctx = {
      acts, out, after: draw, process, mechanism,
      names: new Map(process.participants.map((p) => [p.id, p.name])),
      members: new Map((process.members || []).map((m) => [m.id, m])),
      penalties: Array.isArray(penalties) ? penalties : [],
    };
    clear(body);
    if (!signedIn) body.append(notice("info", t("ver-public-notice")));
    const board = h("div", { class: "board" });
    for (const [state, key] of COLUMNS) {
      const mine = cases.filter((c) => c.state === state);
      board.append(h("section", { class: "column", "aria-labelledby": `col-${state}` },
        h("h2", { id: `col-${state}` }, t(key, { n: mine.length })),
        mine.map((c) => caseCard(c, ctx))));
    }
    body.append(board);
    body.append(openCase(ctx));
    body.append(evidence(ctx));
  }
  await draw();
  return { refresh: draw };
}

function memberLabel(ctx, id) {
  const m = ctx.members.get(id);
  return m ? `${m.name} (${ctx.names.get(m.participant) || m.participant})` : id;
}

function caseCard(c, ctx) {
  const { acts, out, after, penalties, names } = ctx;
  const overdue = !c.replied && c.state === "open" && acts.now && c.reply_due < acts.now;
  const card = h("article", { class: "card case", "data-case": c.id, id: `case-${c.id}`, "aria-labelledby": `case-h-${c.id}` },
    h("h3", { id: `case-h-${c.id}` }, t("ver-case-title", { id: c.id })),
    h("dl", { class: "facts" },
      h("dt", {}, t("ver-incidents")), h("dd", {}, fmtList(c.incidents) || (c.action ? t("ver-action-ref", { id: c.action }) : "—")),
      h("dt", {}, t("ver-accused")), h("dd", {}, c.accused ? names.get(c.accused) || c.accused : "—"),
      h("dt", {}, t("ver-team")), h("dd", {}, fmtList(c.team)),
      h("dt", {}, t("ver-reply-due")), h("dd", { class: overdue ? "overdue" : "" }, fmtTime(c.reply_due), overdue ? ` ${t("ver-overdue")}` : "", c.replied ? ` — ${t("ver-replied")}` : "")));
  if (c.requests && c.requests.length) {
    card.append(h("h4", {}, t("ver-requests")), h("ul", {}, c.requests.map((r) =>
      h("li", {}, t("ver-request-item", { from: names.get(r.from) || r.from, what: r.what, due: fmtTime(r.due) })))));
  }
  if (c.replies.length) {
    card.append(h("h4", {}, t("ver-replies")), h("ul", {}, c.replies.map((r) =>
      h("li", {}, h("strong", {}, `${r.party}: `), r.statement, r.late ? h("span", { class: "chip overdue" }, t("ver-late")) : null, h("small", { class: "muted" }, ` ${fmtTime(r.at)}`)))));
  }
  if (c.assessments.length) {
    card.append(h("h4", {}, t("ver-assessments")), h("ul", {}, c.assessments.map((a) =>
      h("li", {}, t(a.attributed_to ? "ver-assessment-attributed" : "ver-assessment", { member: a.member, outcome: outcomeLabel(a.outcome), happened: a.happened, responsible: a.responsible, party: a.attributed_to, note: a.note })))));
  }
  const f = c.finding;
  if (f) {
    const concur = f.votes.filter((v) => v.concur).length;
    card.append(h("h4", { id: `finding-${f.id}` }, t("ver-finding")), h("p", { "data-testid": "finding" },
      h("span", { class: `chip outcome-${f.outcome}` }, outcomeLabel(f.outcome)),
      ` ${f.summary} `, h("br"),
      t("ver-quorum", { concur, quorum: f.quorum }),
      f.effective_index !== null ? ` — ${t("ver-in-effect", { index: String(f.effective_index) })}` : "",
      f.published ? ` — ${t("ver-published")}` : "", "."),
    h("ul", {}, f.votes.map((v) => h("li", {}, t(v.concur ? "ver-vote-concurs" : "ver-vote-dissents", { member: v.member, participant: v.participant }), v.reason ? ` — ${v.reason}` : ""))));
    if (f.prescribed_rule) card.append(h("p", {}, t("ver-prescribes", { penalty: kindLabel(f.prescribed_penalty), rule: f.prescribed_rule, count: f.violation_count })));
    for (const p of penalties.filter((p) => p.finding === f.id)) card.append(penaltyBox(p, ctx));
  }
  const forms = h("div", { class: "case-acts" });
  const request = offer(acts, "case.request", "case", c.id);
  if (request) {
    const from = choose("from", request.choices, (p) => names.get(p) || p);
    const what = h("input", { name: "what", required: true });
    const due = h("input", { name: "due", type: "date", required: true });
    forms.append(actForm(request, {
      title: t("ver-request-title"), label: t("ver-request-sign"), done: t("ver-request-done"), out, after, fold: true,
      submit: () => act("case.request", { case: c.id, request: randomId("req"), from: from.value, what: what.value, due: `${due.value}T18:00:00Z`, at: nowUtc() }),
    }, field(t("ver-from"), from), field(t("ver-what"), what), field(t("ver-due"), due)));
  }
  const reply = offer(acts, "case.reply", "case", c.id);
  if (reply) {
    const st = h("textarea", { rows: 2, name: "statement" });
    const mine = (c.requests || []).filter((r) => session.info && r.from === session.info.viewer.participant);
    const req = mine.length ? choose("request", mine.map((r) => r.id), (id) => mine.find((r) => r.id === id).what, { blank: t("ver-reply-to-case") }) : null;
    forms.append(actForm(reply, {
      title: t("ver-reply-title"), label: t("ver-reply-sign"), done: t("ver-reply-done"), out, after,
      submit: () => act("case.reply", { case: c.id, statement: st.value, evidence: [], request: req && req.value ? req.value : null, at: nowUtc() }),
    }, field(t("ver-reply-title"), st), req ? field(t("ver-answering"), req) : null));
  }
  const assess = offer(acts, "case.assess", "case", c.id);
  if (assess) {
    const happened = h("input", { type: "number", min: 0, max: 100, value: 80, name: "happened" });
    const responsible = h("input", { type: "number", min: 0, max: 100, value: 70, name: "responsible" });
    const outcome = choose("outcome", assess.choices, outcomeLabel);
    const parties = ctx.process.participants.filter((p) => p.kind === "party").map((p) => p.id);
    const attributed = choose("attributed_to", parties, (p) => names.get(p) || p, { blank: "—" });
    if (c.accused) attributed.value = c.accused;
    const note = h("textarea", { rows: 2, name: "note" });
    forms.append(actForm(assess, {
      title: t("ver-assess-title"), label: t("ver-assess-sign"), done: t("ver-assess-done"), out, after,
      submit: () => act("case.assess", { case: c.id, happened: Number(happened.value), responsible: Number(responsible.value), attributed_to: attributed.value || null, outcome: outcome.value, note: note.value, at: nowUtc() }),
    }, h("div", { class: "grid2" }, field(t("ver-happened"), happened), field(t("ver-responsible"), responsible)),
    field(t("ver-outcome"), outcome), field(t("ver-attributed-to"), attributed), field(t("ver-note"), note)));
  }
  const propose = offer(acts, "finding.propose", "case", c.id);
  if (propose) {
    const m = ctx.mechanism;
    const outcome = choose("finding_outcome", propose.choices, outcomeLabel);
    const parties = ctx.process.participants.filter((p) => p.kind === "party").map((p) => p.id);
    const party = choose("finding_party", parties, (p) => names.get(p) || p, { blank: "—" });
    if (c.accused) party.value = c.accused;
    const category = choose("finding_category", (m && m.categories) || [], categoryLabel, { blank: "—" });
    const severity = choose("severity", SEVERITIES, severityLabel, { blank: "—" });
    const commitments = checks(t("ver-commitments-breached"), "commitments",
      ((m && m.commitments) || []).map((x) => x.id));
    const summary = h("textarea", { rows: 2, name: "summary" });
    forms.append(actForm(propose, {
      title: t("ver-propose-title"), label: t("ver-propose-sign"), done: t("ver-propose-done"), out, after,
      submit: () => act("finding.propose", {
        finding: randomId("finding"), case: c.id, outcome: outcome.value, party: party.value || null, category: category.value || null,
        severity: severity.value || null, commitments: commitments.values(), summary: summary.value, at: nowUtc(),
      }),
    }, field(t("ver-outcome"), outcome), field(t("ver-party"), party), field(t("ver-category"), category), field(t("ver-severity"), severity), commitments, field(t("ver-summary"), summary)));
  }
  if (f) {
    const vote = offer(acts, "finding.vote", "finding", f.id);
    if (vote) {
      const reason = h("input", { name: "reason" });
      const dissent = h("input", { type: "checkbox", name: "dissent" });
      forms.append(actForm(vote, {
        title: t("ver-vote-title"), label: t("ver-vote-sign"), done: t("ver-vote-done"), out, after,
        submit: () => act("finding.vote", { finding: f.id, vote: dissent.checked ? "dissent" : "concur", reason: reason.value || null, at: nowUtc() }),
      }, h("label", { class: "inline" }, dissent, ` ${t("ver-i-dissent")}`), field(t("ver-dissent-reason"), reason)));
    }
    const publish = offer(acts, "finding.publish", "finding", f.id);
    if (publish) {
      // Another mediator proposed the statement: each signs the same text.
      const st = h("textarea", { rows: 2, name: "statement", readonly: f.proposed_statement != null }, f.proposed_statement || "");
      forms.append(actForm(publish, {
        title: t("ver-publish-title"), label: t("ver-publish-sign"), done: t("ver-publish-done"), out, after,
        note: f.publishers && f.publishers.length ? t("ver-publish-signed-by", { signers: f.publishers.join(", "), quorum: String(f.quorum) }) : null,
        submit: () => act("finding.publish", { finding: f.id, statement: st.value, at: nowUtc() }),
      }, field(t("ver-public-statement"), st)));
    }
    const impose = offer(acts, "penalty.impose", "finding", f.id);
    if (impose) {
      const detail = h("input", { name: "detail" });
      forms.append(actForm(impose, {
        title: t("ver-impose-title"), label: t("ver-impose-sign", { penalty: kindLabel(f.prescribed_penalty || impose.choices[0]) }), done: t("ver-impose-done"), out, after,
        submit: () => act("penalty.impose", { penalty: randomId("pen"), finding: f.id, rule: impose.choices[0], detail: detail.value || null, at: nowUtc() }),
      }, field(t("ver-detail"), detail)));
    }
  }
  card.append(forms);
  return card;
}

function penaltyBox(p, ctx) {
  const { acts, out, after } = ctx;
  const box = h("div", { class: "penalty", id: `penalty-${p.id}` },
    h("p", { "data-testid": "penalty" }, h("span", { class: "chip" }, tv("ver-penalty-status", p.status)),
      ` ${t("ver-penalty-line", { id: p.id, kind: kindLabel(p.kind), party: p.party })}`,
      p.appeal_deadline && !p.appeal_grounds ? `; ${t("ver-appeal-until", { at: fmtTime(p.appeal_deadline) })}` : "",
      p.appeal_grounds ? `; ${t("ver-appealed", { grounds: p.appeal_grounds })}` : "",
      p.appeal_decision ? `; ${tv("ver-appeal-result", p.appeal_decision)}${p.appeal_reason ? ` — ${p.appeal_reason}` : ""}` : "", "."));
  const appeal = offer(acts, "penalty.appeal", "penalty", p.id);
  if (appeal) {
    const grounds = h("textarea", { rows: 2, name: "grounds", required: true });
    box.append(actForm(appeal, {
      title: t("ver-appeal-title"), label: t("ver-appeal-sign"), done: t("ver-appeal-done"), out, after,
      note: p.appeal_deadline ? t("ver-appeal-note", { at: fmtTime(p.appeal_deadline) }) : null,
      submit: () => act("penalty.appeal", { penalty: p.id, grounds: grounds.value, at: nowUtc() }),
    }, field(t("ver-grounds"), grounds)));
  }
  const decide = offer(acts, "appeal.decide", "penalty", p.id);
  if (decide) {
    const decision = choose("decision", decide.choices, decisionLabel);
    const reason = h("textarea", { rows: 2, name: "decision_reason", required: true });
    box.append(actForm(decide, {
      title: t("ver-decide-title"), label: t("ver-decide-sign"), done: t("ver-decide-done"), out, after,
      submit: () => act("appeal.decide", { penalty: p.id, decision: decision.value, reason: reason.value, at: nowUtc() }),
    }, field(t("ver-decision"), decision), field(t("ver-reason"), reason)));
  }
  const serve = offer(acts, "penalty.serve", "penalty", p.id);
  if (serve) {
    const note = h("input", { name: "serve_note", required: true });
    box.append(actForm(serve, {
      title: t("ver-serve-title"), label: t("ver-serve-sign"), done: t("ver-serve-done"), out, after, fold: true,
      submit: () => act("penalty.serve", { penalty: p.id, note: note.value, at: nowUtc() }),
    }, field(t("ver-note"), note)));
  }
  const lift = offer(acts, "penalty.lift", "penalty", p.id);
  if (lift) {
    const reason = h("input", { name: "lift_reason", required: true });
    box.append(actForm(lift, {
      title: t("ver-lift-title"), label: t("ver-lift-sign"), done: t("ver-lift-done"), out, after, fold: true,
      submit: () => act("penalty.lift", { penalty: p.id, reason: reason.value, at: nowUtc() }),
    }, field(t("ver-reason"), reason)));
  }
  return box;
}

/** Open a case: on reports picked from a searchable list, or on a party's action report. */
function openCase(ctx) {
  const { acts, out, after, names } = ctx;
  const box = h("div");
  const team = (o) => checks(t("ver-team"), "team", o.choices, (id) => memberLabel(ctx, id),
    (id) => session.info && id === session.info.viewer.member);
  const parties = ctx.process.participants.filter((p) => p.kind === "party").map((p) => p.id);
  const o = offer(acts, "case.open", "incidents");
  if (o) {
    const search = h("input", { type: "search", name: "incident_search", placeholder: t("ver-incident-filter") });
    const pick = h("select", { name: "incidents", multiple: true, size: 6, required: true });
    // The reports are fetched when the picker is first used, so the board
    // does not pay for a list of a thousand reports on every visit.
    let loaded = null;
    const load = () => loaded || (loaded = api("/api/v1/incidents?limit=1000").catch(() => ({ incidents: [] })).then((list) => {
      pick.replaceChildren(...list.incidents.filter((i) => i.status !== "merged").map((i) =>
        h("option", { value: i.id }, `${i.id} · ${fmtTime(i.occurred)} · ${categoryLabel(i.category)} · ${i.place}`)));
      filter();
    }));
    const filter = () => {
      const q = search.value.toLowerCase();
      for (const opt of pick.options) opt.hidden = q !== "" && !opt.textContent.toLowerCase().includes(q);
    };
    search.addEventListener("focus", load);
    pick.addEventListener("focus", load);
    search.addEventListener("input", () => { load(); filter(); });
    const accused = choose("accused", parties, (p) => names.get(p) || p, { blank: "—" });
    const members = team(o);
    const hours = h("input", { name: "reply_hours", type: "number", min: 1, value: 72 });
    box.append(actForm(o, {
      title: t("ver-open-title"), label: t("ver-open-sign"), done: t("ver-open-done"), out, after,
      submit: () => act("case.open", {
        case: randomId("case"), incidents: [...pick.selectedOptions].map((x) => x.value),
        accused: accused.value || null, team: members.values(), reply_hours: Number(hours.value) || null, at: nowUtc(),
      }),
    }, field(t("ver-find-reports"), search), field(t("ver-pick-reports"), pick), field(t("ver-accused-party"), accused),
    members, h("small", {}, t("ver-joint-team-hint")), field(t("ver-hours-to-reply"), hours)));
  }
  for (const a of acts.offers.filter((x) => x.kind === "case.open" && x.on.type === "action")) {
    const members = team(a);
    box.append(actForm(a, {
      title: t("ver-verify-action", { id: a.on.id }), label: t("ver-open-sign"), done: t("ver-open-done"), out, after, fold: true,
      submit: () => act("case.open", { case: randomId("case"), incidents: [], action: a.on.id, team: members.values(), at: nowUtc() }),
    }, members));
  }
  return box;
}

/** Evidence this reader may handle: access it on the record, or hand it on. */
function evidence(ctx) {
  const { acts, out, after, names } = ctx;
  const mine = acts.offers.filter((o) => o.on.type === "evidence");
  if (!mine.length) return h("div");
  const hashes = [...new Set(mine.map((o) => o.on.id))];
  return h("section", { "aria-labelledby": "h-evidence" }, h("h2", { id: "h-evidence" }, t("ver-evidence")),
    hashes.map((hash) => {
      const row = h("div", { class: "card", "data-evidence": hash }, h("p", {}, h("code", {}, hash)));
      const access = offer(acts, "evidence.access", "evidence", hash);
      if (access) {
        const purpose = h("input", { name: "purpose", required: true });
        row.append(actForm(access, {
          title: t("ver-access-title"), label: t("ver-access-sign"), done: t("ver-access-done"), out, after, fold: true,
          submit: () => act("evidence.access", { content: hash, purpose: purpose.value, at: nowUtc() }),
        }, field(t("ver-purpose"), purpose)));
      }
      const transfer = offer(acts, "evidence.transfer", "evidence", hash);
      if (transfer) {
        const to = choose("to", transfer.choices, (p) => names.get(p) || p);
        const note = h("input", { name: "transfer_note", required: true });
        row.append(actForm(transfer, {
          title: t("ver-transfer-title"), label: t("ver-transfer-sign"), done: t("ver-transfer-done"), out, after, fold: true,
          submit: () => act("evidence.transfer", { content: hash, to: to.value, note: note.value, at: nowUtc() }),
        }, field(t("ver-to"), to), field(t("ver-note"), note)));
      }
      return row;
    }));
}
