// Process overview: participants, rounds on a timeline, the agreement's
// status, and what needs the signed-in member's action now (the server's
// answer from the domain's rules, with deadlines on the log's clock).

import { h, clear, api, session, fmtTime, serial, loadActs, notice, field } from "../core.js";
import { t, tv, fmtList } from "../i18n.js";

export async function render(main) {
  const body = h("div");
  main.append(h("h1", {}, t("ov-title")), body);
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
      h("h2", { id: "h-agreement" }, t("ov-agreement")), agreementStatus(agreement)));
    body.append(h("section", { "aria-labelledby": "h-rounds" },
      h("h2", { id: "h-rounds" }, t("ov-rounds")),
      h("ol", { class: "timeline" }, process.rounds.map((r) =>
        h("li", { class: `round state-${r.state}` },
          h("time", { datetime: r.starts }, `${r.starts} – ${r.ends}`),
          h("strong", {}, ` ${r.title}`), `, ${r.place} `,
          h("span", { class: `chip state-${r.state}` }, tv("ov-round-state", r.state)),
          r.history && r.history.filter((x) => x.note).length
            ? h("ul", { class: "notes" }, r.history.filter((x) => x.note).map((x) =>
              h("li", {}, h("span", { class: "muted" }, `${fmtTime(x.at)} · ${tv("ov-round-state", x.state)}: `), x.note)))
            : null)))));
    body.append(h("section", { "aria-labelledby": "h-participants" },
      h("h2", { id: "h-participants" }, t("ov-participants")),
      h("ul", { class: "participants" }, process.participants.map((p) =>
        h("li", {}, h("span", { class: `chip kind-${p.kind}` }, tv("ov-kind", p.kind)), " ", p.name, " ",
          h("span", { class: "muted" }, `(${p.id})`),
          process.members && process.members.filter((m) => m.participant === p.id).length
            ? h("ul", {}, process.members.filter((m) => m.participant === p.id).map((m) =>
              h("li", {}, `${m.name} — ${fmtList(m.roles.map((r) => tv("ov-role", r)))}${m.removed ? ` ${t("ov-removed")}` : ""}`)))
            : null)))));
  }
  await draw();
  return { refresh: draw };
}

function agreementStatus(a) {
  if (a && a.adopted && !a.version) {
    return h("div", {},
      h("p", {}, h("span", { class: "chip state-agreed" }, t("ov-adopted")), " ", t("ov-adopted-unpublished")),
      h("ul", {},
        a.adoption.signed.map((s) => h("li", {}, t("ov-signed-by", { member: s.member, participant: s.participant, at: fmtTime(s.at) }), " ", h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, t("ov-receipt")))),
        a.adoption.witnessed.map((s) => h("li", {}, t("ov-witnessed-by", { member: s.member, participant: s.participant, at: fmtTime(s.at) }), " ", h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, t("ov-receipt"))))));
  }
  if (!a || !a.version) return h("p", {}, t("ov-no-agreement"));
  const ad = a.adoption;
  return h("div", {},
    h("p", {}, h("span", { class: `chip ${a.adopted ? "state-agreed" : "state-bracketed"}` }, a.adopted ? t("ov-adopted") : t("ov-not-adopted")),
      " ", t("ov-version-content", { version: a.version }), " ", h("code", {}, a.content.slice(0, 16) + "…")),
    h("ul", {},
      ad.signed.map((s) => h("li", {}, t("ov-signed-by", { member: s.member, participant: s.participant, at: fmtTime(s.at) }), " ", h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, t("ov-receipt")))),
      ad.witnessed.map((s) => h("li", {}, t("ov-witnessed-by", { member: s.member, participant: s.participant, at: fmtTime(s.at) }), " ", h("a", { href: s.receipt, download: `receipt-${s.index}.txt` }, t("ov-receipt"))))));
}

// A version's title, where the server sends one, goes in the "-titled" message.
const titled = (key, w) => (w.title ? t(`${key}-titled`, { id: w.on.id, title: w.title }) : t(key, { id: w.on.id }));
const WAITING = {
  "agreement.sign": (w) => titled("ov-wait-sign", w),
  "agreement.witness": (w) => titled("ov-wait-witness", w),
  "draft.relay": (w) => titled("ov-wait-relay", w),
  "case.reply": (w) => titled("ov-wait-reply", w),
  "case.assess": (w) => t("ov-wait-assess", { id: w.on.id }),
  "finding.propose": (w) => t("ov-wait-propose", { id: w.on.id }),
  "finding.vote": (w) => t("ov-wait-vote", { id: w.on.id }),
  "penalty.appeal": (w) => t("ov-wait-appeal", { id: w.on.id }),
  "appeal.decide": (w) => t("ov-wait-decide", { id: w.on.id }),
  "penalty.serve": (w) => t("ov-wait-serve", { id: w.on.id }),
  "deadline.set": (w) => t("ov-wait-deadline", { title: w.title }),
  "finding.publish": (w) => t("ov-wait-publish-finding", { id: w.on.id }),
  "publication.sign": (w) => (w.on.type === "report" ? t("ov-wait-publish-report", { id: w.on.id }) : t("ov-wait-publish-agreement", { id: w.on.id })),
};
const WHERE = { version: "/negotiation?version=", case: "/verification#case-", finding: "/verification#finding-", penalty: "/verification#penalty-", deadline: "/process#deadline-", report: "/compliance#report-" };

/** What waits on the signed-in reader: the server's answer, from the domain's rules. */
function todo(acts) {
  const s = session.info;
  const box = h("section", { class: "card todo", "aria-labelledby": "h-todo" }, h("h2", { id: "h-todo" }, t("ov-todo")));
  if (!s) {
    box.append(h("p", {}, t("ov-sign-in-to-see")));
    return box;
  }
  const items = acts.waiting.map((w) => {
    const text = (WAITING[w.kind] || ((x) => t("ov-wait-other", { kind: x.kind, type: x.on.type, id: x.on.id || "" })))(w);
    const href = WHERE[w.on.type] ? WHERE[w.on.type] + encodeURIComponent(w.on.id) : null;
    const overdue = w.due && acts.now && w.due < acts.now;
    return h("li", { "data-kind": w.kind, class: overdue ? "overdue" : "" },
      href ? h("a", { href }, text) : text,
      w.due ? h("span", { class: "muted" }, " — ", t("ov-due"), " ", h("time", { datetime: w.due }, fmtTime(w.due)), overdue ? ` ${t("ov-overdue")}` : "") : null);
  });
  box.append(items.length ? h("ul", { "data-testid": "todo" }, items) : h("p", {}, t("ov-nothing-waits")));
  if (s.viewer.member) box.append(reminders());
  return box;
}

/** Where this member's reminders go: an e-mail address, and a calendar feed at a secret address. */
function reminders() {
  const box = h("details", { class: "reminders", "data-testid": "reminders" }, h("summary", {}, t("ov-reminders")));
  const out = h("div", { "aria-live": "polite" });
  const email = h("input", { type: "email", name: "reminder_email", autocomplete: "email" });
  const feed = h("p", {});
  const show = (r) => {
    email.value = r.email || "";
    const url = `${location.origin}${r.feed}`;
    feed.replaceChildren(t("ov-calendar-feed"), " ",
      h("a", { href: url, "data-testid": "reminder-feed" }, t("ov-subscribe")), " ", h("code", {}, url));
  };
  api("/api/v1/reminders").then(show).catch((e) => out.append(notice("error", e.message)));
  const form = h("form", {
    onsubmit: async (ev) => {
      ev.preventDefault();
      out.replaceChildren();
      try {
        show(await api("/api/v1/reminders", { method: "PUT", body: JSON.stringify({ email: email.value.trim() || null }), headers: { "Content-Type": "application/json" } }));
        out.append(notice("ok", email.value ? t("ov-reminders-go-to", { email: email.value }) : t("ov-reminders-off")));
      } catch (e) {
        out.append(notice("error", e.message));
      }
    },
  }, field(t("ov-email-label"), email,
    t("ov-email-hint")),
  h("button", { type: "submit" }, t("ov-save")));
  box.append(form, feed, out);
  return box;
}
