// The negotiation room: the text by clause with status colours, languages
// side by side (right-to-left scripts rendered as such), comments per
// clause, two versions compared clause by clause and word by word, the
// shuttle history, and the acts this reader is offered (GET /api/v1/acts):
// submit, relay, comment, sign and witness — each signed in this browser.

import { h, clear, api, notice, field, session, fmtTime, act, putBlob, utf8, dirOf, randomId, nowUtc, serial, loadActs, offer, actForm, choose, checks } from "../core.js";
import { clauseEditor, emptyDocument, changes, changesView, signingCopy, importDocx, importText, exportDocx } from "../editor.js";
import { t, tv } from "../i18n.js";

const STATUSES = ["proposed", "bracketed", "agreed_ad_referendum", "agreed"];

export async function render(main, ctx) {
  main.append(h("h1", {}, t("neg-title")));
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
      body.append(notice("info", t("neg-drafts-confidential")));
    }
    const [process, versions, acts] = await Promise.all([api("/api/v1/process"), api("/api/v1/versions"), loadActs()]);
    if (!versions.length) {
      body.append(h("p", {}, t("neg-no-version")));
      body.append(actions(process, acts, null, versions, draw, out));
      return;
    }
    if (!selected || !versions.some((v) => v.id === selected)) selected = versions[versions.length - 1].id;
    const v = await api(`/api/v1/versions/${encodeURIComponent(selected)}`);
    const comments = await api(`/api/v1/versions/${encodeURIComponent(selected)}/comments`).catch(() => []);
    if (!langs) langs = v.languages.slice(0, 2);

    const picker = h("select", { id: "version-pick" }, versions.map((x) =>
      h("option", { value: x.id, selected: x.id === selected }, t("neg-version-option", { id: x.id, title: x.title, author: x.author_participant || t("neg-mediators") }))));
    picker.addEventListener("change", () => { selected = picker.value; draw(); });
    const cmp = h("select", { id: "version-against" }, h("option", { value: "" }, t("neg-compare-none")),
      versions.filter((x) => x.id !== selected).map((x) => h("option", { value: x.id, selected: x.id === against }, x.id)));
    cmp.addEventListener("change", () => { against = cmp.value || null; draw(); });
    const langBoxes = h("fieldset", { class: "langs" }, h("legend", {}, t("neg-langs-side-by-side")),
      v.languages.map((l) => {
        const box = h("input", { type: "checkbox", value: l, checked: langs.includes(l), id: `lang-${l}` });
        box.addEventListener("change", () => {
          langs = [...body.querySelectorAll(".langs input:checked")].map((b) => b.value);
          if (!langs.length) langs = [v.languages[0]];
          draw();
        });
        return h("label", { for: `lang-${l}`, class: "inline" }, box, ` ${l}${v.authoritative.includes(l) ? ` ${t("neg-authentic")}` : ""}`);
      }));
    body.append(h("div", { class: "toolbar" }, field(t("neg-version"), picker), field(t("neg-compare-with"), cmp), langBoxes));

    body.append(h("section", { "aria-labelledby": "h-text" },
      h("h2", { id: "h-text" }, t("neg-text-heading", { title: v.title, id: v.id })),
      h("p", { class: "muted" }, t("neg-submitted-by", { member: v.author_member || t("neg-the-mediators"), participant: v.author_participant || t("neg-unattributed"), at: fmtTime(v.at) }), " ", h("code", {}, v.content.slice(0, 16) + "…")),
      legend(),
      textTable(v, langs, comments)));

    if (against) {
      const diff = await api(`/api/v1/versions/${encodeURIComponent(selected)}/diff?against=${encodeURIComponent(against)}`);
      body.append(h("section", { "aria-labelledby": "h-diff" }, h("h2", { id: "h-diff" }, t("neg-changes-from-to", { from: against, to: v.id })), diffView(diff)));
    }
    body.append(history(versions));
    body.append(actions(process, acts, v, versions, draw, out));
  }
  await draw();
  return { refresh: draw };
}

function legend() {
  return h("p", { class: "legend" }, t("neg-clause-status"), " ",
    STATUSES.map((k) => h("span", { class: `chip status-${k}` }, tv("neg-status", k))));
}

function textTable(v, langs, comments) {
  const table = h("table", { class: "text", "data-testid": "clauses" });
  table.append(h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("neg-col-clause")), h("th", { scope: "col" }, t("neg-col-status")),
    langs.map((l) => h("th", { scope: "col", lang: l }, l)))));
  const tb = h("tbody");
  for (const a of v.document.articles) {
    tb.append(h("tr", { class: "article" }, h("th", { scope: "row", colspan: 2 + langs.length },
      t("neg-article", { num: String(a.num) }), " ", ...langs.map((l) => a.heading && a.heading[l] ? h("span", { lang: l, dir: dirOf(l), class: "heading" }, a.heading[l], " ") : null))));
    for (const p of a.paragraphs) {
      const mine = comments.filter((c) => c.clause === p.eid);
      tb.append(h("tr", { class: `clause status-${p.status}`, "data-eid": p.eid },
        h("th", { scope: "row" }, `${a.num}.${p.num}`, h("br"), h("small", { class: "muted" }, p.eid)),
        h("td", {}, h("span", { class: `chip status-${p.status}` }, tv("neg-status", p.status))),
        langs.map((l) => h("td", { lang: l, dir: dirOf(l), class: "para" },
          p.text[l] || h("span", { class: "muted" }, "—"),
          (p.alternatives || []).map((alt, i) => h("div", { class: "alternative" }, t("neg-alternative", { n: String(i + 1) }), " ", alt[l] || "—", "]")),
          l === langs[0] && mine.length ? h("ul", { class: "comments", "aria-label": t("neg-comments-on", { eid: p.eid }) }, mine.map((c) =>
            h("li", {}, h("span", { class: `chip vis-${c.visibility}` }, tv("neg-visibility", c.visibility)), " ",
              h("strong", {}, c.author_member), `: ${c.text || ""}`))) : null))));
    }
  }
  table.append(tb);
  return h("div", { class: "scroll" }, table);
}

function diffView(diff) {
  const rows = diff.filter((d) => d.change !== "same" && d.change !== "unchanged");
  if (!rows.length) return h("p", {}, t("neg-no-clause-changed"));
  return h("div", { class: "scroll" }, h("table", { class: "diff", "data-testid": "diff" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("neg-col-clause")), h("th", { scope: "col" }, t("neg-col-change")), h("th", { scope: "col" }, t("neg-col-status")), h("th", { scope: "col" }, t("neg-col-words")))),
    h("tbody", {}, rows.map((d) => h("tr", {},
      h("th", { scope: "row" }, d.eid),
      h("td", {}, h("span", { class: `chip change-${d.change}` }, tv("neg-change", d.change))),
      h("td", {}, d.status_before === d.status_after ? (d.status_after ? tv("neg-status", d.status_after) : "") : `${d.status_before ? tv("neg-status", d.status_before) : "—"} → ${d.status_after ? tv("neg-status", d.status_after) : "—"}`),
      h("td", {}, (d.languages || []).map((l) => h("p", { lang: l.language, dir: dirOf(l.language) },
        h("small", { class: "muted" }, `${l.language}: `),
        l.words.map((w) => w.op === "inserted" ? h("ins", {}, w.text) : w.op === "deleted" ? h("del", {}, w.text) : w.text)))))))));
}

function history(versions) {
  const rows = [];
  for (const v of versions) {
    rows.push({ at: v.at, index: v.index, what: t("neg-hist-submitted", { id: v.id }), who: v.author_member || t("neg-hist-mediators-unattributed"), to: t("neg-the-mediators") });
    for (const r of v.relays) rows.push({ at: r.at, index: r.index, what: `${t("neg-hist-relayed", { id: v.id })}${r.note ? ` — ${r.note}` : ""}`, who: r.by, to: r.to });
    for (const s of (v.adoption && v.adoption.signed) || []) rows.push({ at: s.at, index: s.index, what: t("neg-hist-signed", { id: v.id }), who: s.member, to: "" });
    for (const s of (v.adoption && v.adoption.witnessed) || []) rows.push({ at: s.at, index: s.index, what: t("neg-hist-witnessed", { id: v.id }), who: s.member, to: "" });
  }
  rows.sort((a, b) => a.index - b.index);
  return h("section", { "aria-labelledby": "h-shuttle" }, h("h2", { id: "h-shuttle" }, t("neg-shuttle-history")),
    h("div", { class: "scroll" }, h("table", { "data-testid": "shuttle" },
      h("thead", {}, h("tr", {}, [t("neg-col-entry"), t("neg-col-when"), t("neg-col-what"), t("neg-col-by"), t("neg-col-to")].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, rows.map((r) => h("tr", {}, h("td", {}, String(r.index)), h("td", {}, fmtTime(r.at)), h("td", {}, r.what), h("td", {}, r.who), h("td", {}, r.to)))))));
}

/** The acts this reader is offered on this version (or, with none, on the process). */
function actions(process, acts, v, versions, redraw, out) {
  const box = h("section", { "aria-labelledby": "h-act", class: "acts" }, h("h2", { id: "h-act" }, t("neg-act")));
  if (!session.info) {
    box.append(h("p", {}, t("neg-sign-in-to-act")));
    return box;
  }
  const names = new Map(process.participants.map((p) => [p.id, p.name]));
  const after = redraw;
  const amend = v && offer(acts, "draft.submit", "version", v.id);
  const fresh = offer(acts, "draft.submit");
  for (const o of [amend, fresh].filter(Boolean)) {
    const parent = o === amend ? v : null;
    // The clause editor, over this version's text (or a new document).
    const editorBox = h("div");
    let editor = clauseEditor(parent ? parent.document : emptyDocument(["en"]));
    editorBox.append(editor);
    const languages = parent ? null : h("input", { name: "new_languages", value: "en", spellcheck: "false" });
    if (languages) {
      languages.addEventListener("change", () => {
        const codes = languages.value.split(/[\s,]+/).filter(Boolean);
        editor = clauseEditor(emptyDocument(codes.length ? codes : ["en"]));
        editorBox.replaceChildren(editor);
      });
    }
    const preview = h("div", { class: "pre-send" });
    // A .docx draft into the editor: read here, by mammoth, clause by clause.
    const docxFile = h("input", { type: "file", name: parent ? "docx" : "new_docx", accept: ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    const docxLang = h("input", { name: parent ? "docx_lang" : "new_docx_lang", value: "en", size: 4 });
    const docxOut = h("span", { "aria-live": "polite" });
    docxFile.addEventListener("change", async () => {
      docxOut.replaceChildren();
      try {
        const bytes = new Uint8Array(await docxFile.files[0].arrayBuffer());
        const doc = await importDocx(bytes, docxLang.value.trim() || "en", parent ? editor.document() : null);
        editor = clauseEditor(doc);
        editorBox.replaceChildren(editor);
        docxOut.append(notice("ok", t("neg-imported", { articles: doc.articles.length, clauses: doc.articles.reduce((n, a) => n + a.paragraphs.length, 0) })));
      } catch (e) {
        docxOut.append(notice("error", t("neg-docx-unreadable", { why: e.message })));
      }
    });
    const pasted = h("textarea", { name: parent ? "paste" : "new_paste", rows: 3, placeholder: [t("neg-paste-ph-article"), t("neg-paste-ph-first"), t("neg-paste-ph-second")].join("\n\n") });
    const pasteIn = h("button", { type: "button", class: "secondary", onclick: () => {
      const doc = importText(pasted.value, docxLang.value.trim() || "en", parent ? editor.document() : null);
      editor = clauseEditor(doc);
      editorBox.replaceChildren(editor);
      docxOut.replaceChildren(notice("ok", t("neg-pasted", { articles: doc.articles.length, clauses: doc.articles.reduce((n, a) => n + a.paragraphs.length, 0) })));
    } }, t("neg-paste-into-clauses"));
    const importBox = h("details", { class: "import" }, h("summary", {}, t("neg-import-summary")),
      h("div", { class: "toolbar" }, field(t("neg-import-docx"), docxFile), field(t("neg-import-in-language"), docxLang)),
      field(t("neg-import-paste"), pasted), pasteIn, docxOut);
    const showChanges = h("button", { type: "button", class: "secondary", onclick: () => {
      preview.replaceChildren(h("h4", {}, parent ? t("neg-changes-against", { id: parent.id }) : t("neg-new-draft-by-clause")),
        changesView(changes(parent ? parent.document : null, editor.document())));
    } }, t("neg-show-changes"));
    // Ids carry the author's participant: a default never collides with
    // another party's version, whose existence a refusal would betray.
    const versionId = h("input", { name: parent ? "version" : "new_version", value: nextVersionId(versions, session.info.viewer.participant || "med") });
    const draftId = parent ? null : h("input", { name: "draft", value: randomId("draft") });
    const unattributed = o.choices.includes("unattributed") ? h("input", { type: "checkbox", name: "unattributed" }) : null;
    box.append(actForm(o, {
      title: parent ? t("neg-submit-amended-title", { id: parent.id }) : t("neg-submit-new-title"),
      label: parent ? t("neg-submit-draft") : t("neg-submit-new-draft"), done: t("neg-draft-submitted"), out, after, fold: Boolean(parent === null && amend),
      submit: async () => {
        const content = await putBlob(utf8(JSON.stringify(editor.document())), "application/json");
        return act("draft.submit", {
          version: versionId.value.trim(), draft: parent ? parent.draft : draftId.value.trim(), parent: parent ? parent.id : null,
          content, attributed: !(unattributed && unattributed.checked), at: nowUtc(),
        });
      },
    }, languages ? field(t("neg-languages-codes"), languages) : null, importBox, editorBox, showChanges, preview,
    field(t("neg-new-version-id"), versionId),
    draftId ? field(t("neg-draft"), draftId) : null,
    unattributed ? h("label", { class: "inline" }, unattributed, " ", t("neg-bridging-text")) : null));
  }
  if (!v) return box;
  const relay = offer(acts, "draft.relay", "version", v.id);
  if (relay) {
    const to = checks(t("neg-relay-to"), "to", relay.choices, (p) => names.get(p) || p);
    const note = h("input", { name: "note" });
    box.append(actForm(relay, {
      title: t("neg-relay-title", { id: v.id }), label: t("neg-relay"), done: t("neg-relayed"), out, after,
      submit: async () => {
        // The note is confidential: the entry names its hash, the text is a blob.
        const hash = note.value ? await putBlob(utf8(note.value), "text/plain") : null;
        return act("draft.relay", { version: v.id, to: to.values(), note: hash, at: nowUtc() });
      },
    }, to, field(t("neg-note"), note)));
  }
  const comment = offer(acts, "draft.comment", "version", v.id);
  if (comment) {
    const VIS = { internal: t("neg-vis-choice-internal"), mediators: t("neg-vis-choice-mediators"), shared: t("neg-vis-choice-shared") };
    const clause = h("select", { name: "clause" }, v.clauses.map((c) => h("option", { value: c.eid }, c.eid)));
    const vis = choose("visibility", comment.choices, (x) => VIS[x] || x);
    const text = h("textarea", { rows: 2, name: "comment" });
    box.append(actForm(comment, {
      title: t("neg-comment-title", { id: v.id }), label: t("neg-add-comment"), done: t("neg-comment-added"), out, after,
      submit: async () => {
        const content = await putBlob(utf8(text.value), "text/plain");
        return act("draft.comment", { comment: randomId("c"), version: v.id, clause: clause.value, content, visibility: vis.value, at: nowUtc() });
      },
    }, field(t("neg-clause"), clause), field(t("neg-visibility"), vis), field(t("neg-comment"), text)));
  }
  const sign = offer(acts, "agreement.sign", "version", v.id);
  if (sign) {
    box.append(actForm(sign, {
      title: t("neg-sign-title", { id: v.id }), label: t("neg-sign-this-version"), done: t("neg-signed"), out, after,
      note: h("span", {}, t("neg-content"), " ", h("code", {}, v.content), ". ", t("neg-sign-binds")),
      submit: () => act("agreement.sign", { version: v.id, content: v.content, at: nowUtc() }),
    }));
  }
  const witness = offer(acts, "agreement.witness", "version", v.id);
  if (witness) {
    box.append(actForm(witness, {
      title: t("neg-witness-title", { id: v.id }), label: t("neg-witness-this-version"), done: t("neg-witnessed"), out, after,
      note: h("span", {}, t("neg-content"), " ", h("code", {}, v.content), ". ", t("neg-witness-binds")),
      submit: () => act("agreement.witness", { version: v.id, content: v.content, at: nowUtc() }),
    }));
  }
  const publish = offer(acts, "publication.sign", "version", v.id);
  if (publish) {
    box.append(actForm(publish, {
      title: t("neg-publish-title", { id: v.id }), label: t("neg-publish-sign"), done: t("neg-publish-done"), out, after,
      note: h("span", {}, t("neg-publish-note")),
      submit: () => act("publication.sign", { object: "agreement", id: v.id }),
    }));
  }
  if (box.childElementCount === 1) box.append(h("p", {}, t("neg-nothing-to-do")));
  // Every reader of the version may take its signing copy, and its exports.
  const copy = h("div");
  box.append(h("section", { class: "card" }, h("h3", {}, t("neg-copy-title", { id: v.id })),
    h("p", {},
      h("button", { type: "button", class: "secondary", onclick: () => copy.replaceChildren(signingCopy(v), h("button", { type: "button", onclick: () => window.print() }, t("neg-print"))) }, t("neg-show-signing-copy")), " ",
      h("button", { type: "button", class: "secondary", onclick: async (ev) => {
        const blob = await exportDocx(v);
        const a = h("a", { href: URL.createObjectURL(blob), download: `${v.id}.docx` });
        document.body.append(a);
        a.click();
        a.remove();
        ev.target.blur();
      } }, t("neg-download-docx")), " ",
      h("a", { href: `/api/v1/versions/${encodeURIComponent(v.id)}/export.md`, download: `${v.id}.md` }, "Markdown"), " · ",
      h("a", { href: `/api/v1/versions/${encodeURIComponent(v.id)}/export.akn`, download: `${v.id}.akn.xml` }, "Akoma Ntoso")),
    copy));
  return box;
}

function nextVersionId(versions, prefix) {
  let n = versions.length + 1;
  const ids = new Set(versions.map((v) => v.id));
  while (ids.has(`${prefix}-v${n}`)) n++;
  return `${prefix}-v${n}`;
}
