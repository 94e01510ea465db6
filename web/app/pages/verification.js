// The verification board: cases by state with their deadlines, each
// party's reply, the team's assessments, the finding with its votes and
// quorum, and the penalty it prescribes; with the acts each role may take.

import { h, clear, api, notice, field, session, fmtTime, act, randomId, nowUtc, serial } from "../core.js";

let status = null;
const OUTCOMES = ["confirmed", "not_confirmed", "no_violation", "inconclusive", "verified", "not_verified"];
const COLUMNS = [["open", "Open: evidence and replies"], ["awaiting_quorum", "Finding awaiting quorum"], ["decided", "Decided"]];

export async function render(main) {
  main.append(h("h1", {}, "Verification board"));
  const body = h("div");
  // Outside the redrawn body, so an act's result survives the redraw it causes.
  status = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
  main.append(status, body);
  const draw = serial(drawNow);
  async function drawNow() {
    const [cases, penalties, process] = await Promise.all([
      api("/api/v1/cases"), api("/api/v1/penalties").catch(() => ({ penalties: [] })), api("/api/v1/process"),
    ]);
    clear(body);
    if (!session.info) body.append(notice("info", "The public sees published findings only. Sign in to see the cases that concern you."));
    const board = h("div", { class: "board" });
    for (const [state, title] of COLUMNS) {
      const mine = cases.filter((c) => c.state === state);
      board.append(h("section", { class: "column", "aria-labelledby": `col-${state}` },
        h("h2", { id: `col-${state}` }, `${title} (${mine.length})`),
        mine.map((c) => caseCard(c, Array.isArray(penalties) ? penalties : penalties.penalties || [], draw))));
    }
    body.append(board);
    body.append(openCaseForm(process, draw));
  }
  await draw();
  return { refresh: draw };
}

function runner(label, fn, after) {
  return async (ev) => {
    if (ev) ev.preventDefault();
    status.replaceChildren();
    try {
      const r = await fn();
      await after();
      status.append(notice("ok", `${label}: entry ${r.index}`));
    } catch (e) {
      status.append(notice("error", `${label} refused: ${e.message}`));
    }
  };
}

function caseCard(c, penalties, redraw) {
  const s = session.info;
  const me = s && s.viewer;
  const mediator = me && (me.mediator || me.kind === "secretariat");
  const overdue = !c.replied && c.state === "open" && new Date(c.reply_due) < new Date();
  const card = h("article", { class: "card case", "data-case": c.id, "aria-labelledby": `case-${c.id}` },
    h("h3", { id: `case-${c.id}` }, `Case ${c.id}`),
    h("dl", { class: "facts" },
      h("dt", {}, "Incidents"), h("dd", {}, c.incidents.join(", ") || (c.action ? `action ${c.action}` : "—")),
      h("dt", {}, "Accused"), h("dd", {}, c.accused || "—"),
      h("dt", {}, "Team"), h("dd", {}, c.team.join(", ")),
      h("dt", {}, "Reply due"), h("dd", { class: overdue ? "overdue" : "" }, fmtTime(c.reply_due), overdue ? " (overdue)" : "", c.replied ? " — replied" : "")));
  if (c.replies.length) {
    card.append(h("h4", {}, "Replies"), h("ul", {}, c.replies.map((r) =>
      h("li", {}, h("strong", {}, `${r.party}: `), r.statement, r.late ? h("span", { class: "chip overdue" }, "late") : null, h("small", { class: "muted" }, ` ${fmtTime(r.at)}`)))));
  }
  if (c.assessments.length) {
    card.append(h("h4", {}, "Assessments"), h("ul", {}, c.assessments.map((a) =>
      h("li", {}, `${a.member}: ${a.outcome.replace(/_/g, " ")} — happened ${a.happened}%, responsible ${a.responsible}%${a.attributed_to ? ` (${a.attributed_to})` : ""}. ${a.note}`))));
  }
  const f = c.finding;
  if (f) {
    const concur = f.votes.filter((v) => v.concur).length;
    card.append(h("h4", {}, "Finding"), h("p", { "data-testid": "finding" },
      h("span", { class: `chip outcome-${f.outcome}` }, f.outcome.replace(/_/g, " ")),
      ` ${f.summary} `, h("br"),
      `Quorum: ${concur} of ${f.quorum} concurring${f.effective_index !== null ? ` — in effect at entry ${f.effective_index}` : ""}${f.published ? " — published" : ""}.`),
    h("ul", {}, f.votes.map((v) => h("li", {}, `${v.member} (${v.participant}): ${v.concur ? "concurs" : "dissents"}${v.reason ? ` — ${v.reason}` : ""}`))));
    if (f.prescribed_rule) card.append(h("p", {}, `The schedule prescribes: ${f.prescribed_penalty} (rule ${f.prescribed_rule}, violation no. ${f.violation_count}).`));
    for (const p of penalties.filter((p) => p.finding === f.id)) {
      card.append(h("p", { "data-testid": "penalty" }, h("span", { class: "chip" }, p.status), ` Penalty ${p.id}: ${p.kind.replace(/_/g, " ")} on ${p.party}${p.appeal_decision ? `; appeal ${p.appeal_decision}` : ""}.`));
    }
  }
  // Acts.
  if (me) {
    const acts = h("div", { class: "case-acts" });
    if (c.state === "open" && me.participant && c.accused === me.participant && !mediator) {
      const st = h("textarea", { rows: 2, name: "statement" });
      acts.append(h("form", { onsubmit: runner("Reply filed", () => act("case.reply", { case: c.id, statement: st.value, evidence: [], at: nowUtc() }), redraw) },
        field("Your delegation's reply", st), h("button", { type: "submit" }, "Sign and file reply")));
    }
    if (c.state === "open" && me.member && c.team.includes(me.member)) {
      const happened = h("input", { type: "number", min: 0, max: 100, value: 80, name: "happened" });
      const responsible = h("input", { type: "number", min: 0, max: 100, value: 70, name: "responsible" });
      const outcome = h("select", { name: "outcome" }, OUTCOMES.map((o) => h("option", { value: o }, o.replace(/_/g, " "))));
      const attributed = h("input", { name: "attributed_to", value: c.accused || "" });
      const note = h("textarea", { rows: 2, name: "note" });
      acts.append(h("form", { onsubmit: runner("Assessment filed", () => act("case.assess", { case: c.id, happened: Number(happened.value), responsible: Number(responsible.value), attributed_to: attributed.value || null, outcome: outcome.value, note: note.value, at: nowUtc() }), redraw) },
        h("div", { class: "grid2" }, field("Happened (%)", happened), field("Responsible (%)", responsible)),
        field("Outcome", outcome), field("Attributed to", attributed), field("Note", note), h("button", { type: "submit" }, "Sign assessment")));
    }
    if (mediator && c.state === "open" && !f) {
      const outcome = h("select", { name: "finding_outcome" }, OUTCOMES.map((o) => h("option", { value: o }, o.replace(/_/g, " "))));
      const party = h("input", { name: "finding_party", value: c.accused || "" });
      const category = h("input", { name: "finding_category", value: "" });
      const severity = h("select", { name: "severity" }, h("option", { value: "" }, "—"), ["minor", "moderate", "serious", "grave"].map((x) => h("option", { value: x }, x)));
      const summary = h("textarea", { rows: 2, name: "summary" });
      acts.append(h("form", {
        onsubmit: runner("Finding proposed", () => act("finding.propose", {
          finding: randomId("finding"), case: c.id, outcome: outcome.value, party: party.value || null, category: category.value || null,
          severity: severity.value || null, commitments: [], summary: summary.value, at: nowUtc(),
        }), redraw),
      }, h("h4", {}, "Propose a finding"), field("Outcome", outcome), field("Party", party), field("Category", category), field("Severity", severity), field("Summary", summary), h("button", { type: "submit" }, "Sign and propose")));
    }
    if (mediator && f && f.effective_index === null && !f.votes.some((v) => v.member === me.member)) {
      const reason = h("input", { name: "reason" });
      acts.append(h("form", {}, h("h4", {}, "Vote"), field("Reason (needed to dissent)", reason),
        h("button", { type: "button", onclick: runner("Vote cast", () => act("finding.vote", { finding: f.id, vote: "concur", reason: reason.value || null, at: nowUtc() }), redraw) }, "Concur"), " ",
        h("button", { type: "button", class: "secondary", onclick: runner("Vote cast", () => act("finding.vote", { finding: f.id, vote: "dissent", reason: reason.value || null, at: nowUtc() }), redraw) }, "Dissent")));
    }
    if (mediator && f && f.effective_index !== null && !f.published) {
      const st = h("textarea", { rows: 2, name: "statement" });
      acts.append(h("form", { onsubmit: runner("Published", () => act("finding.publish", { finding: f.id, statement: st.value, at: nowUtc() }), redraw) },
        field("Public statement", st), h("button", { type: "submit" }, "Publish finding")));
    }
    if (mediator && f && f.effective_index !== null && f.prescribed_rule && !penalties.some((p) => p.finding === f.id)) {
      acts.append(h("form", { onsubmit: runner("Penalty imposed", () => act("penalty.impose", { penalty: randomId("pen"), finding: f.id, rule: f.prescribed_rule, detail: null, at: nowUtc() }), redraw) },
        h("button", { type: "submit" }, `Impose the prescribed penalty (${f.prescribed_penalty})`)));
    }
    card.append(acts);
  }
  return card;
}

function openCaseForm(process, redraw) {
  const s = session.info;
  if (!s || !(s.viewer.mediator || s.viewer.kind === "secretariat")) return h("div");
  const incidents = h("input", { name: "incidents", required: true });
  const accused = h("select", { name: "accused" }, h("option", { value: "" }, "—"),
    process.participants.filter((p) => p.kind === "party").map((p) => h("option", { value: p.id }, p.name)));
  const team = h("input", { name: "team", required: true, value: s.viewer.member || "" });
  const hours = h("input", { name: "reply_hours", type: "number", min: 1, value: 72 });
  return h("section", { class: "card", "aria-labelledby": "h-open" }, h("h2", { id: "h-open" }, "Open a case"),
    h("form", {
      onsubmit: runner("Case opened", () => act("case.open", {
        case: randomId("case"), incidents: incidents.value.split(",").map((x) => x.trim()).filter(Boolean),
        accused: accused.value || null, team: team.value.split(",").map((x) => x.trim()).filter(Boolean),
        reply_hours: Number(hours.value) || null, at: nowUtc(),
      }), redraw),
    }, field("Incident ids (comma-separated)", incidents), field("Accused party", accused),
    field("Team members (comma-separated member ids)", team, "Under joint teams, include a member of each party."),
    field("Hours to reply", hours), h("button", { type: "submit" }, "Sign and open case")));
}
