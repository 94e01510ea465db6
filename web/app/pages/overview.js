// Process overview: participants, rounds on a timeline, the agreement's
// status, and what needs the signed-in member's action now.

import { h, clear, api, session, fmtTime, serial } from "../core.js";

export async function render(main) {
  const body = h("div");
  main.append(h("h1", {}, "Process overview"), body);
  const draw = serial(drawNow);
  async function drawNow() {
    const [process, agreement, versions, cases, findings] = await Promise.all([
      api("/api/v1/process"),
      api("/api/v1/agreement").catch(() => null),
      session.info ? api("/api/v1/versions").catch(() => []) : [],
      session.info ? api("/api/v1/cases").catch(() => []) : api("/api/v1/cases").catch(() => []),
      session.info ? api("/api/v1/findings").catch(() => []) : [],
    ]);
    clear(body);
    body.append(h("p", { class: "lead" }, process.title));
    body.append(todo(process, versions, cases, findings));
    body.append(h("section", { "aria-labelledby": "h-agreement", class: "card" },
      h("h2", { id: "h-agreement" }, "Agreement"), agreementStatus(agreement)));
    body.append(h("section", { "aria-labelledby": "h-rounds" },
      h("h2", { id: "h-rounds" }, "Rounds"),
      h("ol", { class: "timeline" }, process.rounds.map((r) =>
        h("li", { class: `round state-${r.state}` },
          h("time", { datetime: r.starts }, `${r.starts} – ${r.ends}`),
          h("strong", {}, ` ${r.title}`), `, ${r.place} `,
          h("span", { class: `chip state-${r.state}` }, r.state.replace(/_/g, " ")),
          r.history && r.history.filter((x) => x.note).length
            ? h("ul", { class: "notes" }, r.history.filter((x) => x.note).map((x) =>
              h("li", {}, h("span", { class: "muted" }, `${fmtTime(x.at)} · ${x.state.replace(/_/g, " ")}: `), x.note)))
            : null)))));
    body.append(h("section", { "aria-labelledby": "h-participants" },
      h("h2", { id: "h-participants" }, "Participants"),
      h("ul", { class: "participants" }, process.participants.map((p) =>
        h("li", {}, h("span", { class: `chip kind-${p.kind}` }, p.kind), " ", p.name, " ",
          h("span", { class: "muted" }, `(${p.id})`),
          process.members && process.members.filter((m) => m.participant === p.id).length
            ? h("ul", {}, process.members.filter((m) => m.participant === p.id).map((m) =>
              h("li", {}, `${m.name} — ${m.roles.join(", ")}${m.removed ? " (removed)" : ""}`)))
            : null)))));
  }
  await draw();
  return { refresh: draw };
}

function agreementStatus(a) {
  if (a && a.adopted && !a.version) {
    return h("div", {},
      h("p", {}, h("span", { class: "chip state-agreed" }, "adopted"), " An agreement is adopted; its text is for the members until it is published."),
      h("ul", {},
        a.adoption.signed.map((s) => h("li", {}, `Signed by ${s.member} (${s.participant}) at ${fmtTime(s.at)} `, h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, "receipt"))),
        a.adoption.witnessed.map((s) => h("li", {}, `Witnessed by ${s.member} (${s.participant}) at ${fmtTime(s.at)} `, h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, "receipt")))));
  }
  if (!a || !a.version) return h("p", {}, "No agreement has been adopted yet.");
  const ad = a.adoption;
  return h("div", {},
    h("p", {}, h("span", { class: `chip ${a.adopted ? "state-agreed" : "state-bracketed"}` }, a.adopted ? "adopted" : "not adopted"),
      ` Version ${a.version}, content `, h("code", {}, a.content.slice(0, 16) + "…")),
    h("ul", {},
      ad.signed.map((s) => h("li", {}, `Signed by ${s.member} (${s.participant}) at ${fmtTime(s.at)} `, h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, "receipt"))),
      ad.witnessed.map((s) => h("li", {}, `Witnessed by ${s.member} (${s.participant}) at ${fmtTime(s.at)} `, h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, "receipt")))));
}

/** What the signed-in member's participant is expected to do next. */
function todo(process, versions, cases, findings) {
  const s = session.info;
  const box = h("section", { class: "card todo", "aria-labelledby": "h-todo" }, h("h2", { id: "h-todo" }, "Needs my action"));
  if (!s || !s.viewer.member && s.viewer.kind !== "secretariat") {
    box.append(h("p", {}, "Sign in to see what needs your action."));
    return box;
  }
  const me = s.viewer.participant;
  const mediator = s.viewer.mediator || s.viewer.kind === "secretariat";
  const parties = process.participants.filter((p) => p.kind === "party").map((p) => p.id);
  const items = [];
  for (const v of versions) {
    if (v.adoption && v.adoption.adopted) continue;
    if (mediator) {
      const holders = new Set([v.author_participant, ...v.relays.map((r) => r.to)]);
      for (const p of parties) if (!holders.has(p)) items.push(`Relay version ${v.id} (“${v.title}”) to ${p}`);
      if (v.adoption && v.adoption.missing_signatures.length === 0 && me && v.adoption.missing_witnesses.includes(me)) {
        items.push(`Witness version ${v.id}`);
      }
    } else if (me && v.adoption && v.adoption.missing_signatures.includes(me) && v.bracketed.length === 0) {
      const holders = new Set([v.author_participant, ...v.relays.map((r) => r.to)]);
      if (parties.every((p) => holders.has(p))) items.push(`Sign version ${v.id} (“${v.title}”) if your delegation accepts it`);
    }
  }
  for (const c of cases) {
    if (!mediator && c.accused === me && !c.replied && c.state === "open") items.push(`Reply to case ${c.id} by ${fmtTime(c.reply_due)}`);
    if (mediator && c.state === "open" && !c.finding && c.assessments.length > 0) items.push(`Propose a finding on case ${c.id}`);
  }
  for (const f of findings) {
    if (mediator && f.effective_index === null && me && !f.votes.some((v) => v.participant === me)) items.push(`Vote on finding ${f.id}`);
  }
  box.append(items.length ? h("ul", { "data-testid": "todo" }, items.map((t) => h("li", {}, t))) : h("p", {}, "Nothing waits on you now."));
  return box;
}
