// Process overview: participants, rounds on a timeline, the agreement's
// status, and what needs the signed-in member's action now (the server's
// answer from the domain's rules, with deadlines on the log's clock).

import { h, clear, api, session, fmtTime, serial, loadActs, notice, field } from "../core.js";

export async function render(main) {
  const body = h("div");
  main.append(h("h1", {}, "Process overview"), body);
  const draw = serial(drawNow);
  async function drawNow() {
    const [process, agreement, acts] = await Promise.all([
      api("/api/v1/process"),
      api("/api/v1/agreement").catch(() => null),
      loadActs(),
    ]);
    clear(body);
    body.append(h("p", { class: "lead" }, process.title));
    body.append(todo(acts));
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

const WAITING = {
  "agreement.sign": (w) => `Sign version ${w.on.id}${w.title ? ` (“${w.title}”)` : ""} if your delegation accepts it`,
  "agreement.witness": (w) => `Witness version ${w.on.id}${w.title ? ` (“${w.title}”)` : ""}`,
  "draft.relay": (w) => `Relay version ${w.on.id}${w.title ? ` (“${w.title}”)` : ""} to the parties that do not hold it`,
  "case.reply": (w) => `Reply in case ${w.on.id}${w.title ? `: ${w.title}` : ""}`,
  "case.assess": (w) => `Assess case ${w.on.id}`,
  "finding.propose": (w) => `Propose a finding on case ${w.on.id}`,
  "finding.vote": (w) => `Vote on finding ${w.on.id}`,
  "penalty.appeal": (w) => `Appeal penalty ${w.on.id} if your delegation contests it`,
  "appeal.decide": (w) => `Decide the appeal of penalty ${w.on.id}`,
  "penalty.serve": (w) => `Serve penalty ${w.on.id}`,
  "deadline.set": (w) => `Deadline: ${w.title}`,
};
const WHERE = { version: "/negotiation?version=", case: "/verification#case-", finding: "/verification#finding-", penalty: "/verification#penalty-", deadline: "/process#deadline-" };

/** What waits on the signed-in reader: the server's answer, from the domain's rules. */
function todo(acts) {
  const s = session.info;
  const box = h("section", { class: "card todo", "aria-labelledby": "h-todo" }, h("h2", { id: "h-todo" }, "Needs my action"));
  if (!s) {
    box.append(h("p", {}, "Sign in to see what needs your action."));
    return box;
  }
  const items = acts.waiting.map((w) => {
    const text = (WAITING[w.kind] || ((x) => `${x.kind} on ${x.on.type} ${x.on.id || ""}`))(w);
    const href = WHERE[w.on.type] ? WHERE[w.on.type] + encodeURIComponent(w.on.id) : null;
    const overdue = w.due && acts.now && w.due < acts.now;
    return h("li", { "data-kind": w.kind, class: overdue ? "overdue" : "" },
      href ? h("a", { href }, text) : text,
      w.due ? h("span", { class: "muted" }, " — due ", h("time", { datetime: w.due }, fmtTime(w.due)), overdue ? " (overdue)" : "") : null);
  });
  box.append(items.length ? h("ul", { "data-testid": "todo" }, items) : h("p", {}, "Nothing waits on you now."));
  if (s.viewer.member) box.append(reminders());
  return box;
}

/** Where this member's reminders go: an e-mail address, and a calendar feed at a secret address. */
function reminders() {
  const box = h("details", { class: "reminders", "data-testid": "reminders" }, h("summary", {}, "Reminders by e-mail and calendar"));
  const out = h("div", { "aria-live": "polite" });
  const email = h("input", { type: "email", name: "reminder_email", autocomplete: "email" });
  const feed = h("p", {});
  const show = (r) => {
    email.value = r.email || "";
    const url = `${location.origin}${r.feed}`;
    feed.replaceChildren("Calendar feed (keep it private; rotating your key ends it): ",
      h("a", { href: url, "data-testid": "reminder-feed" }, "subscribe"), " ", h("code", {}, url));
  };
  api("/api/v1/reminders").then(show).catch((e) => out.append(notice("error", e.message)));
  const form = h("form", {
    onsubmit: async (ev) => {
      ev.preventDefault();
      out.replaceChildren();
      try {
        show(await api("/api/v1/reminders", { method: "PUT", body: JSON.stringify({ email: email.value.trim() || null }), headers: { "Content-Type": "application/json" } }));
        out.append(notice("ok", email.value ? `Reminders go to ${email.value}.` : "Reminders are no longer mailed."));
      } catch (e) {
        out.append(notice("error", e.message));
      }
    },
  }, field("E-mail reminders to (empty: none)", email,
    "Each reminder says what waits and by when, with ids, never any text of the process."),
  h("button", { type: "submit" }, "Save"));
  box.append(form, feed, out);
  return box;
}
