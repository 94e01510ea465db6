// The process as the secretariat runs it: its definition and participants,
// members with their roles and keys, invitations (pending or used),
// rounds and deadlines on a timeline, and communiqués. Every form here is
// one act the server offers this reader now (GET /api/v1/acts); a reader
// who may take none of them reads the same page without forms.

import {
  h, clear, api, notice, field, session, fmtTime, act, serial, loadActs, offer, actForm, choose, checks,
  newCode, sha256, utf8, hex, randomId, nowUtc,
} from "../core.js";
import { t, tv, fmtList } from "../i18n.js";

const ROLES = ["signatory", "delegate", "mediator", "witness", "secretariat", "monitor", "observer"];
const KINDS = ["party", "mediator", "monitor", "observer"];
// Values of closed sets the server sends, in the reader's language.
const roleLabel = (r) => tv("proc-role", r);
const stateLabel = (s) => tv("proc-round-state", s);
const kindLabel = (k) => tv("proc-participant-kind", k);

export async function render(main) {
  main.append(h("h1", {}, t("proc-heading")));
  const out = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
  const body = h("div");
  main.append(out, body);
  const draw = serial(drawNow);
  async function drawNow() {
    const [process, acts] = await Promise.all([api("/api/v1/process"), loadActs()]);
    clear(body);
    const ctx = { acts, out, after: draw, process };
    body.append(definition(ctx), participants(ctx), members(ctx), invitations(ctx), rounds(ctx), deadlines(ctx), communiques(ctx));
  }
  await draw();
  return { refresh: draw };
}

function definition({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-def" }, h("h2", { id: "h-def" }, t("proc-definition")));
  box.append(process.id
    ? h("p", {}, h("strong", {}, process.title), " ", t("proc-def-summary", { id: process.id, n: process.witness_quorum ?? 0 }))
    : h("p", {}, t("proc-not-defined")));
  const o = offer(acts, "process.define");
  if (o) {
    const id = h("input", { name: "process", required: true, value: "process-1" });
    const title = h("input", { name: "title", required: true });
    const quorum = h("input", { name: "witness_quorum", type: "number", min: 1 });
    box.append(actForm(o, {
      title: t("proc-define"), out, after,
      submit: () => act("process.define", { process: id.value.trim(), title: title.value, witness_quorum: quorum.value ? Number(quorum.value) : null }),
    }, field(t("proc-id"), id), field(t("proc-field-title"), title), field(t("proc-quorum"), quorum)));
  }
  return box;
}

function participants({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-parts" }, h("h2", { id: "h-parts" }, t("proc-participants")),
    h("ul", { class: "participants", "data-testid": "participants" }, process.participants.map((p) =>
      h("li", {}, h("span", { class: `chip kind-${p.kind}` }, kindLabel(p.kind)), ` ${p.name} `, h("span", { class: "muted" }, `(${p.id})`)))));
  const o = offer(acts, "participant.add");
  if (o) {
    const id = h("input", { name: "participant", required: true });
    const kind = choose("kind", KINDS, kindLabel);
    const name = h("input", { name: "name", required: true });
    box.append(actForm(o, {
      title: t("proc-add-participant"), out, after,
      submit: () => act("participant.add", { participant: id.value.trim(), kind: kind.value, name: name.value }),
    }, field(t("proc-id"), id), field(t("proc-kind"), kind), field(t("proc-name"), name)));
  }
  return box;
}

function members({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-members" }, h("h2", { id: "h-members" }, t("proc-members")));
  if (!session.info) {
    box.append(h("p", {}, t("proc-members-signed-in")));
    return box;
  }
  const names = new Map(process.participants.map((p) => [p.id, p.name]));
  const rows = process.members.map((m) => {
    const forms = [];
    const rotate = offer(acts, "member.rotate", "member", m.id);
    if (rotate) {
      const key = h("input", { name: "key", required: true, spellcheck: "false", placeholder: t("proc-key-placeholder") });
      forms.push(actForm(rotate, {
        title: t("proc-rotate", { member: m.id }), out, after, fold: true,
        submit: () => act("member.rotate", { member: m.id, key: key.value.trim() }),
      }, field(t("proc-new-key"), key)));
    }
    const remove = offer(acts, "member.remove", "member", m.id);
    if (remove) {
      const reason = h("input", { name: "reason", required: true });
      forms.push(actForm(remove, {
        title: t("proc-remove", { member: m.id }), out, after, fold: true,
        submit: () => act("member.remove", { member: m.id, reason: reason.value }),
      }, field(t("proc-remove-reason"), reason)));
    }
    return h("tr", { "data-member": m.id },
      h("td", {}, m.id), h("td", {}, m.name), h("td", {}, names.get(m.participant) || m.participant),
      h("td", {}, fmtList(m.roles.map(roleLabel))),
      h("td", {}, h("code", { title: m.key }, m.key.split("+")[0] + "+" + (m.key.split("+")[1] || "").slice(0, 8))),
      h("td", {}, m.removed_at !== null
        ? (m.removed_reason
          ? t("proc-removed-at-reason", { entry: String(m.removed_at), reason: m.removed_reason })
          : t("proc-removed-at", { entry: String(m.removed_at) }))
        : t("proc-active")),
      h("td", {}, forms));
  });
  box.append(h("div", { class: "scroll" }, h("table", { "data-testid": "members" },
    h("thead", {}, h("tr", {}, [t("proc-id"), t("proc-name"), t("proc-participant"), t("proc-roles"), t("proc-key"), t("proc-status"), t("proc-acts")].map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", {}, rows))));
  const add = offer(acts, "member.add");
  if (add) {
    const id = h("input", { name: "member", required: true });
    const part = choose("participant", add.choices, (p) => names.get(p) || p);
    const name = h("input", { name: "name", required: true });
    const roles = checks(t("proc-roles"), "roles", ROLES, roleLabel);
    const key = h("input", { name: "key", required: true, spellcheck: "false" });
    box.append(actForm(add, {
      title: t("proc-add-member"), out, after,
      submit: () => act("member.add", { member: id.value.trim(), participant: part.value, name: name.value, roles: roles.values(), key: key.value.trim() }),
    }, field(t("proc-member-id"), id), field(t("proc-participant"), part), field(t("proc-name"), name), roles, field(t("proc-their-key"), key)));
  }
  return box;
}

function invitations({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-inv" }, h("h2", { id: "h-inv" }, t("proc-invitations")));
  const list = process.invitations || [];
  if (list.length) {
    box.append(h("div", { class: "scroll" }, h("table", { "data-testid": "invitations" },
      h("thead", {}, h("tr", {}, [t("proc-member"), t("proc-name"), t("proc-participant"), t("proc-roles"), t("proc-invited"), t("proc-expires"), t("proc-status"), t("proc-acts")].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, list.map((i) => h("tr", { "data-invitation": i.member },
        h("td", {}, i.member), h("td", {}, i.name), h("td", {}, i.participant), h("td", {}, fmtList(i.roles.map(roleLabel))),
        h("td", {}, t("proc-entry", { entry: String(i.invited_at) })), h("td", {}, i.expires ? fmtTime(i.expires) : "—"),
        h("td", {}, h("span", { class: `chip inv-${i.status}` }, tv("proc-inv-status", i.status)),
          i.enrolled_at !== null ? [" ", t("proc-entry-paren", { entry: String(i.enrolled_at) })] : ""),
        h("td", {}, withdraw(acts, i, out, after))))))));
  } else if (session.info && session.info.viewer.mediator) {
    box.append(h("p", {}, t("proc-no-invitation")));
  }
  const o = offer(acts, "member.invite");
  if (o) {
    const names = new Map(process.participants.map((p) => [p.id, p.name]));
    const id = h("input", { name: "member", required: true, value: randomId("member") });
    const part = choose("participant", o.choices, (p) => names.get(p) || p);
    const name = h("input", { name: "name", required: true });
    const roles = checks(t("proc-roles"), "roles", ROLES, roleLabel, (r) => r === "delegate");
    const days = h("input", { name: "valid_days", type: "number", min: 1, max: 366, value: 7 });
    const link = h("div", { "data-testid": "invite-link" });
    box.append(actForm(o, {
      // The link goes to the act's result, which outlives the redraw (this
      // section does not: regression, the link was added to the old one).
      title: t("proc-invite"), out, after: async () => { await after(); out.append(link); },
      submit: async () => {
        // The code is made here and shown once; the log holds only its hash.
        const code = newCode();
        const r = await act("member.invite", {
          member: id.value.trim(), participant: part.value, name: name.value, roles: roles.values(),
          code_sha256: hex(await sha256(utf8(code))), valid_hours: days.value ? Number(days.value) * 24 : null,
        });
        const url = `${location.origin}/enrol#code=${encodeURIComponent(code)}`;
        link.replaceChildren(notice("info", t("proc-invite-link")),
          h("p", {}, h("a", { href: url, "data-testid": "invite-url" }, url)));
        return r;
      },
    }, field(t("proc-member-id"), id), field(t("proc-participant"), part), field(t("proc-name"), name), roles,
    field(t("proc-valid-days"), days)));
  }
  return box;
}

/** Withdraw an open invitation before it is used. */
function withdraw(acts, i, out, after) {
  const o = offer(acts, "member.uninvite", "invitation", i.member);
  if (!o) return null;
  const reason = h("input", { name: "uninvite_reason", required: true });
  return actForm(o, {
    title: t("proc-withdraw", { member: i.member }), label: t("proc-sign-withdraw"), done: t("proc-withdrawn"), out, after, fold: true,
    submit: () => act("member.uninvite", { member: i.member, reason: reason.value }),
  }, field(t("proc-reason-public"), reason));
}

const DAY = 86400000;
const day = (s) => Date.parse(String(s).slice(0, 10) + "T00:00:00Z");

/**
 * Rounds and deadlines on one time axis: a bar per round from its first to
 * its last day, a mark per deadline, and today (the log's clock when the
 * server gave one). Bars are placed with logical offsets, so the axis runs
 * right to left in a right-to-left language. The list below carries the
 * same dates as text for screen readers.
 */
function timeline(process, now) {
  const rows = [
    ...process.rounds.map((r) => ({ kind: "round", from: day(r.starts), to: day(r.ends) + DAY, r })),
    ...process.deadlines.map((d) => ({ kind: "deadline", from: day(d.due), to: day(d.due) + DAY, d })),
  ].filter((x) => Number.isFinite(x.from) && Number.isFinite(x.to));
  if (!rows.length) return null;
  const today = now ? Date.parse(now) : Date.now();
  const lo = Math.min(...rows.map((x) => x.from), today) - DAY;
  const hi = Math.max(...rows.map((x) => x.to), today) + DAY;
  const pct = (x) => `${(100 * (x - lo)) / (hi - lo)}%`;
  const place = (el, from, to) => {
    el.style.insetInlineStart = pct(from);
    el.style.width = `max(3px, ${(100 * (to - from)) / (hi - lo)}%)`;
    return el;
  };
  rows.sort((a, b) => a.from - b.from);
  const fmtDay = (ms) => fmtTime(new Date(ms).toISOString().slice(0, 10));
  const track = h("div", { class: "tl-rows", role: "list" }, rows.map((x) => {
    const label = x.kind === "round"
      ? t("proc-tl-round", { title: x.r.title, from: fmtDay(x.from), to: fmtDay(x.to - DAY), state: stateLabel(x.r.state) })
      : t("proc-tl-deadline", { title: x.d.title, due: fmtDay(x.from) });
    return h("div", { class: `tl-row tl-${x.kind}`, role: "listitem", title: label },
      h("span", { class: "tl-label" }, x.kind === "round" ? x.r.title : x.d.title),
      h("span", { class: "tl-track" },
        place(h("span", { class: `tl-bar ${x.kind === "round" ? `state-${x.r.state}` : "deadline"}`, "aria-hidden": "true" }), x.from, x.to),
        place(h("span", { class: "tl-now", "aria-hidden": "true" }), today, today),
        h("span", { class: "sr-only" }, label)));
  }));
  return h("figure", { class: "tl", "data-testid": "timeline" },
    h("figcaption", {}, t("proc-tl-caption", { from: fmtDay(lo + DAY), to: fmtDay(hi - DAY), today: fmtDay(today) })),
    track);
}

function rounds({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-rounds" }, h("h2", { id: "h-rounds" }, t("proc-rounds")),
    timeline(process, acts.now));
  const parties = process.participants.filter((p) => p.kind === "party");
  box.append(h("ol", { class: "timeline" }, process.rounds.map((r) => {
    const o = offer(acts, "round.transition", "round", r.id);
    let form = null;
    if (o) {
      const to = choose("to", o.choices, stateLabel);
      const reason = h("input", { name: "reason" });
      const outcome = h("input", { name: "outcome" });
      const party = choose("party", parties.map((p) => p.id), (p) => parties.find((x) => x.id === p).name, { blank: "—" });
      form = actForm(o, {
        title: t("proc-move", { round: r.title }), out, after, fold: true,
        submit: () => act("round.transition", { round: r.id, to: to.value, reason: reason.value || null, outcome: outcome.value || null, party: party.value || null, at: nowUtc() }),
      }, field(t("proc-to"), to), field(t("proc-transition-reason"), reason), field(t("proc-outcome"), outcome), field(t("proc-walked-out"), party));
    }
    return h("li", { class: `round state-${r.state}` },
      h("time", { datetime: r.starts }, `${r.starts} – ${r.ends}`), h("strong", {}, ` ${r.title}`), `, ${r.place} `,
      h("span", { class: `chip state-${r.state}` }, stateLabel(r.state)), form);
  })));
  const o = offer(acts, "round.scheduled");
  if (o) {
    const id = h("input", { name: "round", required: true });
    const title = h("input", { name: "title", required: true });
    const place = h("input", { name: "place", required: true });
    const starts = h("input", { name: "starts", type: "date", required: true });
    const ends = h("input", { name: "ends", type: "date", required: true });
    box.append(actForm(o, {
      title: t("proc-schedule"), out, after,
      submit: () => act("round.scheduled", { round: id.value.trim(), title: title.value, place: place.value, starts: starts.value, ends: ends.value }),
    }, field(t("proc-id"), id), field(t("proc-field-title"), title), field(t("proc-place"), place), field(t("proc-starts"), starts), field(t("proc-ends"), ends)));
  }
  return box;
}

function deadlines({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-deadlines" }, h("h2", { id: "h-deadlines" }, t("proc-deadlines")),
    process.deadlines.length
      ? h("ul", {}, process.deadlines.map((d) => h("li", {}, h("time", { datetime: d.due }, fmtTime(d.due)), ` ${d.title}`, d.round ? h("span", { class: "muted" }, ` (${d.round})`) : null)))
      : h("p", {}, t("proc-no-deadline")));
  const o = offer(acts, "deadline.set");
  if (o) {
    const id = h("input", { name: "deadline", required: true, value: randomId("deadline") });
    const title = h("input", { name: "title", required: true });
    const due = h("input", { name: "due", type: "date", required: true });
    const round = choose("round", process.rounds.map((r) => r.id), (r) => process.rounds.find((x) => x.id === r).title, { blank: "—" });
    box.append(actForm(o, {
      title: t("proc-set-deadline"), out, after,
      submit: () => act("deadline.set", { deadline: id.value.trim(), title: title.value, due: due.value, round: round.value || null }),
    }, field(t("proc-id"), id), field(t("proc-what-due"), title), field(t("proc-due"), due), field(t("proc-round"), round)));
  }
  return box;
}

function communiques({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-comm" }, h("h2", { id: "h-comm" }, t("proc-communiques")),
    process.communiques.length
      ? h("ul", {}, process.communiques.map((c) => h("li", {}, h("strong", {}, c.title), " ", t("proc-entry-paren", { entry: String(c.index) }), " ", c.text)))
      : h("p", {}, t("proc-none-issued")));
  const o = offer(acts, "communique");
  if (o) {
    const title = h("input", { name: "title", required: true });
    const text = h("textarea", { name: "text", rows: 3, required: true });
    box.append(actForm(o, {
      title: t("proc-issue"), out, after,
      submit: () => act("communique", { title: title.value, text: text.value }),
    }, field(t("proc-field-title"), title), field(t("proc-text-public"), text)));
  }
  return box;
}
