// The process as the secretariat runs it: its definition and participants,
// members with their roles and keys, invitations (pending or used),
// rounds and deadlines on a timeline, and communiqués. Every form here is
// one act the server offers this reader now (GET /api/v1/acts); a reader
// who may take none of them reads the same page without forms.

import {
  h, clear, api, notice, field, session, fmtTime, act, serial, loadActs, offer, actForm, choose, checks,
  newCode, sha256, utf8, hex, randomId, nowUtc,
} from "../core.js";

const ROLES = ["signatory", "delegate", "mediator", "witness", "secretariat", "monitor", "observer"];
const KINDS = ["party", "mediator", "monitor", "observer"];
const label = (s) => String(s).replace(/_/g, " ");

export async function render(main) {
  main.append(h("h1", {}, "The process"));
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
  const box = h("section", { "aria-labelledby": "h-def" }, h("h2", { id: "h-def" }, "Definition"));
  box.append(process.id
    ? h("p", {}, h("strong", {}, process.title), ` (${process.id}); adoption needs ${process.witness_quorum} mediator witness(es).`)
    : h("p", {}, "The process is not defined yet."));
  const o = offer(acts, "process.define");
  if (o) {
    const id = h("input", { name: "process", required: true, value: "process-1" });
    const title = h("input", { name: "title", required: true });
    const quorum = h("input", { name: "witness_quorum", type: "number", min: 1 });
    box.append(actForm(o, {
      title: "Define the process", out, after,
      submit: () => act("process.define", { process: id.value.trim(), title: title.value, witness_quorum: quorum.value ? Number(quorum.value) : null }),
    }, field("Id", id), field("Title", title), field("Mediator witnesses adoption needs (all when empty)", quorum)));
  }
  return box;
}

function participants({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-parts" }, h("h2", { id: "h-parts" }, "Participants"),
    h("ul", { class: "participants", "data-testid": "participants" }, process.participants.map((p) =>
      h("li", {}, h("span", { class: `chip kind-${p.kind}` }, p.kind), ` ${p.name} `, h("span", { class: "muted" }, `(${p.id})`)))));
  const o = offer(acts, "participant.add");
  if (o) {
    const id = h("input", { name: "participant", required: true });
    const kind = choose("kind", KINDS);
    const name = h("input", { name: "name", required: true });
    box.append(actForm(o, {
      title: "Add a participant", out, after,
      submit: () => act("participant.add", { participant: id.value.trim(), kind: kind.value, name: name.value }),
    }, field("Id", id), field("Kind", kind), field("Name", name)));
  }
  return box;
}

function members({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-members" }, h("h2", { id: "h-members" }, "Members"));
  if (!session.info) {
    box.append(h("p", {}, "Members are listed to signed-in members."));
    return box;
  }
  const names = new Map(process.participants.map((p) => [p.id, p.name]));
  const rows = process.members.map((m) => {
    const forms = [];
    const rotate = offer(acts, "member.rotate", "member", m.id);
    if (rotate) {
      const key = h("input", { name: "key", required: true, spellcheck: "false", placeholder: "name+hex+base64 verifier key" });
      forms.push(actForm(rotate, {
        title: `Rotate ${m.id}'s key`, out, after, fold: true,
        submit: () => act("member.rotate", { member: m.id, key: key.value.trim() }),
      }, field("New verifier key", key)));
    }
    const remove = offer(acts, "member.remove", "member", m.id);
    if (remove) {
      const reason = h("input", { name: "reason", required: true });
      forms.push(actForm(remove, {
        title: `Remove ${m.id}`, out, after, fold: true,
        submit: () => act("member.remove", { member: m.id, reason: reason.value }),
      }, field("Reason (sealed: members of the process read it)", reason)));
    }
    return h("tr", { "data-member": m.id },
      h("td", {}, m.id), h("td", {}, m.name), h("td", {}, names.get(m.participant) || m.participant),
      h("td", {}, m.roles.map(label).join(", ")),
      h("td", {}, h("code", { title: m.key }, m.key.split("+")[0] + "+" + (m.key.split("+")[1] || "").slice(0, 8))),
      h("td", {}, m.removed_at !== null ? `removed at entry ${m.removed_at}${m.removed_reason ? `: ${m.removed_reason}` : ""}` : "active"),
      h("td", {}, forms));
  });
  box.append(h("div", { class: "scroll" }, h("table", { "data-testid": "members" },
    h("thead", {}, h("tr", {}, ["Id", "Name", "Participant", "Roles", "Key", "Status", "Acts"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, rows))));
  const add = offer(acts, "member.add");
  if (add) {
    const id = h("input", { name: "member", required: true });
    const part = choose("participant", add.choices, (p) => names.get(p) || p);
    const name = h("input", { name: "name", required: true });
    const roles = checks("Roles", "roles", ROLES, label);
    const key = h("input", { name: "key", required: true, spellcheck: "false" });
    box.append(actForm(add, {
      title: "Add a member with a key they hold", out, after,
      submit: () => act("member.add", { member: id.value.trim(), participant: part.value, name: name.value, roles: roles.values(), key: key.value.trim() }),
    }, field("Member id", id), field("Participant", part), field("Name", name), roles, field("Their verifier key", key)));
  }
  return box;
}

function invitations({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-inv" }, h("h2", { id: "h-inv" }, "Invitations"));
  const list = process.invitations || [];
  if (list.length) {
    box.append(h("div", { class: "scroll" }, h("table", { "data-testid": "invitations" },
      h("thead", {}, h("tr", {}, ["Member", "Name", "Participant", "Roles", "Invited", "Expires", "Status", "Acts"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, list.map((i) => h("tr", { "data-invitation": i.member },
        h("td", {}, i.member), h("td", {}, i.name), h("td", {}, i.participant), h("td", {}, i.roles.map(label).join(", ")),
        h("td", {}, `entry ${i.invited_at}`), h("td", {}, i.expires ? fmtTime(i.expires) : "—"),
        h("td", {}, h("span", { class: `chip inv-${i.status}` }, i.status), i.enrolled_at !== null ? ` (entry ${i.enrolled_at})` : ""),
        h("td", {}, withdraw(acts, i, out, after))))))));
  } else if (session.info && session.info.viewer.mediator) {
    box.append(h("p", {}, "No invitation yet."));
  }
  const o = offer(acts, "member.invite");
  if (o) {
    const names = new Map(process.participants.map((p) => [p.id, p.name]));
    const id = h("input", { name: "member", required: true, value: randomId("member") });
    const part = choose("participant", o.choices, (p) => names.get(p) || p);
    const name = h("input", { name: "name", required: true });
    const roles = checks("Roles", "roles", ROLES, label, (r) => r === "delegate");
    const days = h("input", { name: "valid_days", type: "number", min: 1, max: 366, value: 7 });
    const link = h("div", { "data-testid": "invite-link" });
    box.append(actForm(o, {
      title: "Invite a member", out, after: async () => { await after(); box.append(link); },
      submit: async () => {
        // The code is made here and shown once; the log holds only its hash.
        const code = newCode();
        const r = await act("member.invite", {
          member: id.value.trim(), participant: part.value, name: name.value, roles: roles.values(),
          code_sha256: hex(await sha256(utf8(code))), valid_hours: days.value ? Number(days.value) * 24 : null,
        });
        const url = `${location.origin}/enrol#code=${encodeURIComponent(code)}`;
        link.replaceChildren(notice("info", "Give this one-time link to the invitee by a channel you trust; it is shown only now."),
          h("p", {}, h("a", { href: url, "data-testid": "invite-url" }, url)));
        return r;
      },
    }, field("Member id", id), field("Participant", part), field("Name", name), roles,
    field("Valid for (days, on the log's clock; empty: until used or withdrawn)", days)));
  }
  return box;
}

/** Withdraw an open invitation before it is used. */
function withdraw(acts, i, out, after) {
  const o = offer(acts, "member.uninvite", "invitation", i.member);
  if (!o) return null;
  const reason = h("input", { name: "uninvite_reason", required: true });
  return actForm(o, {
    title: `Withdraw ${i.member}'s invitation`, label: "Sign: withdraw", done: "Invitation withdrawn", out, after, fold: true,
    submit: () => act("member.uninvite", { member: i.member, reason: reason.value }),
  }, field("Reason (public)", reason));
}

function rounds({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-rounds" }, h("h2", { id: "h-rounds" }, "Rounds"));
  const parties = process.participants.filter((p) => p.kind === "party");
  box.append(h("ol", { class: "timeline" }, process.rounds.map((r) => {
    const o = offer(acts, "round.transition", "round", r.id);
    let form = null;
    if (o) {
      const to = choose("to", o.choices, label);
      const reason = h("input", { name: "reason" });
      const outcome = h("input", { name: "outcome" });
      const party = choose("party", parties.map((p) => p.id), (p) => parties.find((x) => x.id === p).name, { blank: "—" });
      form = actForm(o, {
        title: `Move ${r.title}`, out, after, fold: true,
        submit: () => act("round.transition", { round: r.id, to: to.value, reason: reason.value || null, outcome: outcome.value || null, party: party.value || null, at: nowUtc() }),
      }, field("To", to), field("Reason (needed to stall or suspend)", reason), field("Outcome", outcome), field("Delegation that walked out (for a suspension)", party));
    }
    return h("li", { class: `round state-${r.state}` },
      h("time", { datetime: r.starts }, `${r.starts} – ${r.ends}`), h("strong", {}, ` ${r.title}`), `, ${r.place} `,
      h("span", { class: `chip state-${r.state}` }, label(r.state)), form);
  })));
  const o = offer(acts, "round.scheduled");
  if (o) {
    const id = h("input", { name: "round", required: true });
    const title = h("input", { name: "title", required: true });
    const place = h("input", { name: "place", required: true });
    const starts = h("input", { name: "starts", type: "date", required: true });
    const ends = h("input", { name: "ends", type: "date", required: true });
    box.append(actForm(o, {
      title: "Schedule a round", out, after,
      submit: () => act("round.scheduled", { round: id.value.trim(), title: title.value, place: place.value, starts: starts.value, ends: ends.value }),
    }, field("Id", id), field("Title", title), field("Place", place), field("Starts", starts), field("Ends", ends)));
  }
  return box;
}

function deadlines({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-deadlines" }, h("h2", { id: "h-deadlines" }, "Deadlines"),
    process.deadlines.length
      ? h("ul", {}, process.deadlines.map((d) => h("li", {}, h("time", { datetime: d.due }, fmtTime(d.due)), ` ${d.title}`, d.round ? h("span", { class: "muted" }, ` (${d.round})`) : null)))
      : h("p", {}, "No deadline set."));
  const o = offer(acts, "deadline.set");
  if (o) {
    const id = h("input", { name: "deadline", required: true, value: randomId("deadline") });
    const title = h("input", { name: "title", required: true });
    const due = h("input", { name: "due", type: "date", required: true });
    const round = choose("round", process.rounds.map((r) => r.id), (r) => process.rounds.find((x) => x.id === r).title, { blank: "—" });
    box.append(actForm(o, {
      title: "Set a deadline", out, after,
      submit: () => act("deadline.set", { deadline: id.value.trim(), title: title.value, due: due.value, round: round.value || null }),
    }, field("Id", id), field("What is due", title), field("Due", due), field("Round", round)));
  }
  return box;
}

function communiques({ acts, out, after, process }) {
  const box = h("section", { "aria-labelledby": "h-comm" }, h("h2", { id: "h-comm" }, "Communiqués"),
    process.communiques.length
      ? h("ul", {}, process.communiques.map((c) => h("li", {}, h("strong", {}, c.title), ` (entry ${c.index}) `, c.text)))
      : h("p", {}, "None issued."));
  const o = offer(acts, "communique");
  if (o) {
    const title = h("input", { name: "title", required: true });
    const text = h("textarea", { name: "text", rows: 3, required: true });
    box.append(actForm(o, {
      title: "Issue a communiqué", out, after,
      submit: () => act("communique", { title: title.value, text: text.value }),
    }, field("Title", title), field("Text (public)", text)));
  }
  return box;
}
