// The negotiation room: the text by clause with status colours, languages
// side by side (right-to-left scripts rendered as such), comments per
// clause, two versions compared clause by clause and word by word, the
// shuttle history, and the acts a member may take: submit, relay, comment,
// sign and witness — each signed in this browser.

import { h, clear, api, notice, field, session, fmtTime, act, putBlob, utf8, dirOf, randomId, nowUtc, serial } from "../core.js";

const STATUS_LABEL = {
  proposed: "proposed", bracketed: "bracketed", agreed_ad_referendum: "agreed ad referendum", agreed: "agreed",
};

export async function render(main, ctx) {
  main.append(h("h1", {}, "Negotiation room"));
  const body = h("div");
  // Outside the redrawn body, so an act's result survives the redraw it causes.
  const out = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
  main.append(out, body);
  let selected = ctx.params.get("version");
  let against = ctx.params.get("against");
  let langs = null;

  const draw = serial(drawNow);
  async function drawNow() {
    clear(body);
    if (!session.info) {
      body.append(notice("info", "Drafts are confidential: sign in to see the versions your delegation holds. The public sees only the adopted agreement."));
    }
    const [process, versions] = await Promise.all([api("/api/v1/process"), api("/api/v1/versions")]);
    if (!versions.length) {
      body.append(h("p", {}, "No version you may read yet."));
      body.append(actions(process, null, versions, draw, out));
      return;
    }
    if (!selected || !versions.some((v) => v.id === selected)) selected = versions[versions.length - 1].id;
    const v = await api(`/api/v1/versions/${encodeURIComponent(selected)}`);
    const comments = await api(`/api/v1/versions/${encodeURIComponent(selected)}/comments`).catch(() => []);
    if (!langs) langs = v.languages.slice(0, 2);

    const picker = h("select", { id: "version-pick" }, versions.map((x) =>
      h("option", { value: x.id, selected: x.id === selected }, `${x.id} — ${x.title} (${x.author_participant || "mediators"})`)));
    picker.addEventListener("change", () => { selected = picker.value; draw(); });
    const cmp = h("select", { id: "version-against" }, h("option", { value: "" }, "— none —"),
      versions.filter((x) => x.id !== selected).map((x) => h("option", { value: x.id, selected: x.id === against }, x.id)));
    cmp.addEventListener("change", () => { against = cmp.value || null; draw(); });
    const langBoxes = h("fieldset", { class: "langs" }, h("legend", {}, "Languages side by side"),
      v.languages.map((l) => {
        const box = h("input", { type: "checkbox", value: l, checked: langs.includes(l), id: `lang-${l}` });
        box.addEventListener("change", () => {
          langs = [...body.querySelectorAll(".langs input:checked")].map((b) => b.value);
          if (!langs.length) langs = [v.languages[0]];
          draw();
        });
        return h("label", { for: `lang-${l}`, class: "inline" }, box, ` ${l}${v.authoritative.includes(l) ? " (authentic)" : ""}`);
      }));
    body.append(h("div", { class: "toolbar" }, field("Version", picker), field("Compare with", cmp), langBoxes));

    body.append(h("section", { "aria-labelledby": "h-text" },
      h("h2", { id: "h-text" }, `${v.title} — version ${v.id}`),
      h("p", { class: "muted" }, `Submitted by ${v.author_member || "the mediators"} (${v.author_participant || "unattributed"}) at ${fmtTime(v.at)}; content `, h("code", {}, v.content.slice(0, 16) + "…")),
      legend(),
      textTable(v, langs, comments)));

    if (against) {
      const diff = await api(`/api/v1/versions/${encodeURIComponent(selected)}/diff?against=${encodeURIComponent(against)}`);
      body.append(h("section", { "aria-labelledby": "h-diff" }, h("h2", { id: "h-diff" }, `Changes from ${against} to ${v.id}`), diffView(diff)));
    }
    body.append(history(versions));
    body.append(actions(process, v, versions, draw, out));
  }
  await draw();
  return { refresh: draw };
}

function legend() {
  return h("p", { class: "legend" }, "Clause status: ",
    Object.entries(STATUS_LABEL).map(([k, l]) => h("span", { class: `chip status-${k}` }, l)));
}

function textTable(v, langs, comments) {
  const table = h("table", { class: "text", "data-testid": "clauses" });
  table.append(h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Clause"), h("th", { scope: "col" }, "Status"),
    langs.map((l) => h("th", { scope: "col", lang: l }, l)))));
  const tb = h("tbody");
  for (const a of v.document.articles) {
    tb.append(h("tr", { class: "article" }, h("th", { scope: "row", colspan: 2 + langs.length },
      `Article ${a.num}. `, ...langs.map((l) => a.heading && a.heading[l] ? h("span", { lang: l, dir: dirOf(l), class: "heading" }, a.heading[l], " ") : null))));
    for (const p of a.paragraphs) {
      const mine = comments.filter((c) => c.clause === p.eid);
      tb.append(h("tr", { class: `clause status-${p.status}`, "data-eid": p.eid },
        h("th", { scope: "row" }, `${a.num}.${p.num}`, h("br"), h("small", { class: "muted" }, p.eid)),
        h("td", {}, h("span", { class: `chip status-${p.status}` }, STATUS_LABEL[p.status] || p.status)),
        langs.map((l) => h("td", { lang: l, dir: dirOf(l), class: "para" },
          p.text[l] || h("span", { class: "muted" }, "—"),
          (p.alternatives || []).map((alt, i) => h("div", { class: "alternative" }, `[alternative ${i + 1}: `, alt[l] || "—", "]")),
          l === langs[0] && mine.length ? h("ul", { class: "comments", "aria-label": `Comments on ${p.eid}` }, mine.map((c) =>
            h("li", {}, h("span", { class: `chip vis-${c.visibility}` }, c.visibility.replace(/_/g, " ")), " ",
              h("strong", {}, c.author_member), `: ${c.text || ""}`))) : null))));
    }
  }
  table.append(tb);
  return h("div", { class: "scroll" }, table);
}

function diffView(diff) {
  const rows = diff.filter((d) => d.change !== "same" && d.change !== "unchanged");
  if (!rows.length) return h("p", {}, "No clause changed.");
  return h("div", { class: "scroll" }, h("table", { class: "diff", "data-testid": "diff" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Clause"), h("th", { scope: "col" }, "Change"), h("th", { scope: "col" }, "Status"), h("th", { scope: "col" }, "Words"))),
    h("tbody", {}, rows.map((d) => h("tr", {},
      h("th", { scope: "row" }, d.eid),
      h("td", {}, h("span", { class: `chip change-${d.change}` }, d.change.replace(/_/g, " "))),
      h("td", {}, d.status_before === d.status_after ? (d.status_after || "") : `${d.status_before || "—"} → ${d.status_after || "—"}`),
      h("td", {}, (d.languages || []).map((l) => h("p", { lang: l.language, dir: dirOf(l.language) },
        h("small", { class: "muted" }, `${l.language}: `),
        l.words.map((w) => w.op === "inserted" ? h("ins", {}, w.text) : w.op === "deleted" ? h("del", {}, w.text) : w.text)))))))));
}

function history(versions) {
  const rows = [];
  for (const v of versions) {
    rows.push({ at: v.at, index: v.index, what: `${v.id} submitted`, who: v.author_member || "mediators (unattributed)", to: "the mediators" });
    for (const r of v.relays) rows.push({ at: r.at, index: r.index, what: `${v.id} relayed${r.note ? ` — ${r.note}` : ""}`, who: r.by, to: r.to });
    for (const s of (v.adoption && v.adoption.signed) || []) rows.push({ at: s.at, index: s.index, what: `${v.id} signed`, who: s.member, to: "" });
    for (const s of (v.adoption && v.adoption.witnessed) || []) rows.push({ at: s.at, index: s.index, what: `${v.id} witnessed`, who: s.member, to: "" });
  }
  rows.sort((a, b) => a.index - b.index);
  return h("section", { "aria-labelledby": "h-shuttle" }, h("h2", { id: "h-shuttle" }, "Shuttle history"),
    h("div", { class: "scroll" }, h("table", { "data-testid": "shuttle" },
      h("thead", {}, h("tr", {}, ["Entry", "When", "What", "By", "To"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows.map((r) => h("tr", {}, h("td", {}, String(r.index)), h("td", {}, fmtTime(r.at)), h("td", {}, r.what), h("td", {}, r.who), h("td", {}, r.to)))))));
}

function actions(process, v, versions, redraw, out) {
  const s = session.info;
  const box = h("section", { "aria-labelledby": "h-act", class: "acts" }, h("h2", { id: "h-act" }, "Act"));
  if (!s) {
    box.append(h("p", {}, "Sign in to act."));
    return box;
  }
  const run = (label, fn) => async (ev) => {
    ev.preventDefault();
    out.replaceChildren();
    try {
      const r = await fn();
      await redraw();
      out.append(notice("ok", `${label}: entry ${r.index}`));
    } catch (e) {
      out.append(notice("error", `${label} refused: ${e.message}`));
    }
  };
  const parties = process.participants.filter((p) => p.kind === "party");
  const mediator = s.viewer.mediator || s.viewer.kind === "secretariat";

  // Submit a draft: the document as JSON (prefilled with this version's text).
  const docText = h("textarea", { rows: 8, class: "code", name: "document" }, v ? JSON.stringify(v.document, null, 2) : "");
  const versionId = h("input", { name: "version", value: nextVersionId(versions) });
  const draftId = h("input", { name: "draft", value: v ? v.draft : "draft-1" });
  const unattributed = h("input", { type: "checkbox", name: "unattributed" });
  box.append(h("form", {
    class: "card", "aria-labelledby": "h-submit", onsubmit: run("Draft submitted", async () => {
      const bytes = utf8(docText.value);
      const content = await putBlob(bytes, "application/json");
      return act("draft.submit", { version: versionId.value.trim(), draft: draftId.value.trim(), parent: v ? v.id : null, content, attributed: !unattributed.checked, at: nowUtc() });
    }),
  }, h("h3", { id: "h-submit" }, "Submit a draft to the mediators"),
  field("Document (JSON: articles, paragraphs, languages)", docText), field("New version id", versionId), field("Draft", draftId),
  mediator ? h("label", { class: "inline" }, unattributed, " Bridging text without attribution") : null,
  h("button", { type: "submit" }, "Submit draft")));

  if (v) {
    if (mediator) {
      const boxes = parties.map((p) => h("label", { class: "inline" }, h("input", { type: "checkbox", name: "to", value: p.id }), ` ${p.name}`));
      const note = h("input", { name: "note" });
      box.append(h("form", {
        class: "card", onsubmit: run("Relayed", () => {
          const to = boxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
          return act("draft.relay", { version: v.id, to, note: note.value || null, at: nowUtc() });
        }),
      }, h("h3", {}, `Relay ${v.id}`), h("fieldset", {}, h("legend", {}, "To"), boxes), field("Note", note), h("button", { type: "submit" }, "Relay")));
    }
    const clause = h("select", { name: "clause" }, v.clauses.map((c) => h("option", { value: c.eid }, c.eid)));
    const vis = h("select", { name: "visibility" },
      h("option", { value: "internal" }, "internal (my delegation)"),
      h("option", { value: "mediators" }, "for the mediators"),
      mediator ? h("option", { value: "shared" }, "shared (everyone holding the text)") : null);
    const text = h("textarea", { rows: 2, name: "comment" });
    box.append(h("form", {
      class: "card", onsubmit: run("Comment added", async () => {
        const content = await putBlob(utf8(text.value), "text/plain");
        return act("draft.comment", { comment: randomId("c"), version: v.id, clause: clause.value, content, visibility: vis.value, at: nowUtc() });
      }),
    }, h("h3", {}, `Comment on ${v.id}`), field("Clause", clause), field("Visibility", vis), field("Comment", text), h("button", { type: "submit" }, "Add comment")));

    const signBox = h("div", { class: "card" }, h("h3", {}, `Sign or witness ${v.id}`),
      h("p", {}, `Content `, h("code", {}, v.content), ". Signing binds your delegation to exactly this text."));
    if (!mediator) {
      signBox.append(h("button", { type: "button", onclick: run("Signed", () => act("agreement.sign", { version: v.id, content: v.content, at: nowUtc() })) }, "Sign this version"));
    } else {
      signBox.append(h("button", { type: "button", onclick: run("Witnessed", () => act("agreement.witness", { version: v.id, content: v.content, at: nowUtc() })) }, "Witness this version"));
    }
    box.append(signBox);
  }
  return box;
}

function nextVersionId(versions) {
  let n = versions.length + 1;
  const ids = new Set(versions.map((v) => v.id));
  while (ids.has(`v${n}`)) n++;
  return `v${n}`;
}
