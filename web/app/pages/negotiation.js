// The negotiation room: the text by clause with status colours, languages
// side by side (right-to-left scripts rendered as such), comments per
// clause, two versions compared clause by clause and word by word, the
// shuttle history, and the acts this reader is offered (GET /api/v1/acts):
// submit, relay, comment, sign and witness — each signed in this browser.

import { h, clear, api, notice, field, session, fmtTime, act, putBlob, utf8, dirOf, randomId, nowUtc, serial, loadActs, offer, actForm, choose, checks } from "../core.js";
import { clauseEditor, emptyDocument, changes, changesView, signingCopy, importDocx, importText, exportDocx } from "../editor.js";

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
    const [process, versions, acts] = await Promise.all([api("/api/v1/process"), api("/api/v1/versions"), loadActs()]);
    if (!versions.length) {
      body.append(h("p", {}, "No version you may read yet."));
      body.append(actions(process, acts, null, versions, draw, out));
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
    body.append(actions(process, acts, v, versions, draw, out));
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

/** The acts this reader is offered on this version (or, with none, on the process). */
function actions(process, acts, v, versions, redraw, out) {
  const box = h("section", { "aria-labelledby": "h-act", class: "acts" }, h("h2", { id: "h-act" }, "Act"));
  if (!session.info) {
    box.append(h("p", {}, "Sign in to act."));
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
        docxOut.append(notice("ok", `Imported ${doc.articles.length} articles, ${doc.articles.reduce((n, a) => n + a.paragraphs.length, 0)} clauses: check them before sending.`));
      } catch (e) {
        docxOut.append(notice("error", `The .docx could not be read: ${e.message}`));
      }
    });
    const pasted = h("textarea", { name: parent ? "paste" : "new_paste", rows: 3, placeholder: "Article 1 …\n\nFirst clause.\n\nSecond clause." });
    const pasteIn = h("button", { type: "button", class: "secondary", onclick: () => {
      const doc = importText(pasted.value, docxLang.value.trim() || "en", parent ? editor.document() : null);
      editor = clauseEditor(doc);
      editorBox.replaceChildren(editor);
      docxOut.replaceChildren(notice("ok", `Pasted ${doc.articles.length} articles, ${doc.articles.reduce((n, a) => n + a.paragraphs.length, 0)} clauses: check them before sending.`));
    } }, "Paste into clauses");
    const importBox = h("details", { class: "import" }, h("summary", {}, "Import a draft: a .docx file or pasted text"),
      h("div", { class: "toolbar" }, field("A .docx (each heading an article, each paragraph a clause)", docxFile), field("in language", docxLang)),
      field("Or paste text (a line starting “Article” starts an article; blank lines part clauses)", pasted), pasteIn, docxOut);
    const showChanges = h("button", { type: "button", class: "secondary", onclick: () => {
      preview.replaceChildren(h("h4", {}, parent ? `What this version changes against ${parent.id}` : "The new draft, clause by clause"),
        changesView(changes(parent ? parent.document : null, editor.document())));
    } }, "Show what this version changes");
    // Ids carry the author's participant: a default never collides with
    // another party's version, whose existence a refusal would betray.
    const versionId = h("input", { name: parent ? "version" : "new_version", value: nextVersionId(versions, session.info.viewer.participant || "med") });
    const draftId = parent ? null : h("input", { name: "draft", value: randomId("draft") });
    const unattributed = o.choices.includes("unattributed") ? h("input", { type: "checkbox", name: "unattributed" }) : null;
    box.append(actForm(o, {
      title: parent ? `Submit an amended version of ${parent.id} to the mediators` : "Submit a new draft to the mediators",
      label: parent ? "Submit draft" : "Submit new draft", done: "Draft submitted", out, after, fold: Boolean(parent === null && amend),
      submit: async () => {
        const content = await putBlob(utf8(JSON.stringify(editor.document())), "application/json");
        return act("draft.submit", {
          version: versionId.value.trim(), draft: parent ? parent.draft : draftId.value.trim(), parent: parent ? parent.id : null,
          content, attributed: !(unattributed && unattributed.checked), at: nowUtc(),
        });
      },
    }, languages ? field("Languages (codes; the first is authentic)", languages) : null, importBox, editorBox, showChanges, preview,
    field("New version id", versionId),
    draftId ? field("Draft", draftId) : null,
    unattributed ? h("label", { class: "inline" }, unattributed, " Bridging text without attribution") : null));
  }
  if (!v) return box;
  const relay = offer(acts, "draft.relay", "version", v.id);
  if (relay) {
    const to = checks("To", "to", relay.choices, (p) => names.get(p) || p);
    const note = h("input", { name: "note" });
    box.append(actForm(relay, {
      title: `Relay ${v.id}`, label: "Relay", done: "Relayed", out, after,
      submit: async () => {
        // The note is confidential: the entry names its hash, the text is a blob.
        const hash = note.value ? await putBlob(utf8(note.value), "text/plain") : null;
        return act("draft.relay", { version: v.id, to: to.values(), note: hash, at: nowUtc() });
      },
    }, to, field("Note", note)));
  }
  const comment = offer(acts, "draft.comment", "version", v.id);
  if (comment) {
    const VIS = { internal: "internal (my delegation)", mediators: "for the mediators", shared: "shared (everyone holding the text)" };
    const clause = h("select", { name: "clause" }, v.clauses.map((c) => h("option", { value: c.eid }, c.eid)));
    const vis = choose("visibility", comment.choices, (x) => VIS[x] || x);
    const text = h("textarea", { rows: 2, name: "comment" });
    box.append(actForm(comment, {
      title: `Comment on ${v.id}`, label: "Add comment", done: "Comment added", out, after,
      submit: async () => {
        const content = await putBlob(utf8(text.value), "text/plain");
        return act("draft.comment", { comment: randomId("c"), version: v.id, clause: clause.value, content, visibility: vis.value, at: nowUtc() });
      },
    }, field("Clause", clause), field("Visibility", vis), field("Comment", text)));
  }
  const sign = offer(acts, "agreement.sign", "version", v.id);
  if (sign) {
    box.append(actForm(sign, {
      title: `Sign ${v.id}`, label: "Sign this version", done: "Signed", out, after,
      note: h("span", {}, "Content ", h("code", {}, v.content), ". Signing binds your delegation to exactly this text."),
      submit: () => act("agreement.sign", { version: v.id, content: v.content, at: nowUtc() }),
    }));
  }
  const witness = offer(acts, "agreement.witness", "version", v.id);
  if (witness) {
    box.append(actForm(witness, {
      title: `Witness ${v.id}`, label: "Witness this version", done: "Witnessed", out, after,
      note: h("span", {}, "Content ", h("code", {}, v.content), ". The mediators witness the parties' signatures on exactly this text."),
      submit: () => act("agreement.witness", { version: v.id, content: v.content, at: nowUtc() }),
    }));
  }
  if (box.childElementCount === 1) box.append(h("p", {}, "Nothing you may do on this version now."));
  // Every reader of the version may take its signing copy, and its exports.
  const copy = h("div");
  box.append(h("section", { class: "card" }, h("h3", {}, `The text of ${v.id} to keep or sign`),
    h("p", {},
      h("button", { type: "button", class: "secondary", onclick: () => copy.replaceChildren(signingCopy(v), h("button", { type: "button", onclick: () => window.print() }, "Print")) }, "Show the signing copy"), " ",
      h("button", { type: "button", class: "secondary", onclick: async (ev) => {
        const blob = await exportDocx(v);
        const a = h("a", { href: URL.createObjectURL(blob), download: `${v.id}.docx` });
        document.body.append(a);
        a.click();
        a.remove();
        ev.target.blur();
      } }, "Download .docx"), " ",
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
