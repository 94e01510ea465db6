// The clause editor: a draft as articles and paragraphs, each paragraph with
// its stable id (kept across versions; new ones get a fresh id), its status
// (proposed, bracketed with alternatives, agreed ad referendum, agreed) and
// its text in every language of the document side by side, right-to-left
// scripts written as such. It edits the document the server checks
// (`truce_domain::document`), and says what this version changes against
// its parent before it is sent.

import { h, dirOf, field } from "./core.js";
import { t, tv } from "./i18n.js";

export const STATUSES = ["proposed", "bracketed", "agreed_ad_referendum", "agreed"];
const label = (s) => tv("ed-status", s);

/** An empty document in `languages` (codes; the first is authentic). */
export function emptyDocument(languages = ["en"]) {
  return {
    title: Object.fromEntries(languages.map((l) => [l, ""])),
    languages: languages.map((code, i) => ({ code, authoritative: i === 0 })),
    preamble: {},
    articles: [{ eid: "art_1", num: "1", heading: {}, paragraphs: [{ eid: "art_1__para_1", num: "1", status: "proposed", text: {}, alternatives: [] }] }],
  };
}

/**
 * The editor over a copy of `doc`. Returns the element; `el.document()`
 * gives the edited document (as JSON the server parses).
 */
export function clauseEditor(doc) {
  const d = JSON.parse(JSON.stringify(doc));
  for (const a of d.articles) for (const p of a.paragraphs) p.alternatives = p.alternatives || [];
  const langs = d.languages.map((l) => l.code);
  const root = h("div", { class: "clause-editor", "data-testid": "clause-editor" });
  const usedIds = new Set(d.articles.flatMap((a) => [a.eid, ...a.paragraphs.map((p) => p.eid)]));
  const freshId = (base) => {
    let n = 1;
    while (usedIds.has(`${base}${n}`)) n++;
    usedIds.add(`${base}${n}`);
    return `${base}${n}`;
  };
  const texts = (obj, name, rows = 2) => h("div", { class: "langs-side" }, langs.map((l) => {
    const input = rows === 1
      ? h("input", { lang: l, dir: dirOf(l), name: `${name}-${l}`, value: obj[l] || "" })
      : h("textarea", { lang: l, dir: dirOf(l), name: `${name}-${l}`, rows }, obj[l] || "");
    input.addEventListener("input", () => { if (input.value) obj[l] = input.value; else delete obj[l]; });
    return field(l, input);
  }));

  function draw() {
    root.replaceChildren(
      h("fieldset", {}, h("legend", {}, t("ed-title")), texts(d.title, "title", 1)),
      ...d.articles.map((a, ai) => h("fieldset", { class: "article", "data-eid": a.eid },
        h("legend", {}, t("ed-article", { num: String(a.num || ai + 1) }), " ", h("small", { class: "muted" }, a.eid)),
        texts(a.heading = a.heading || {}, `heading-${a.eid}`, 1),
        ...a.paragraphs.map((p, pi) => paragraph(a, p, pi)),
        h("button", { type: "button", class: "secondary", onclick: () => {
          a.paragraphs.push({ eid: freshId(`${a.eid}__para_`), num: String(a.paragraphs.length + 1), status: "proposed", text: {}, alternatives: [] });
          draw();
        } }, t("ed-add-paragraph", { num: String(a.num || ai + 1) })))),
      h("button", { type: "button", class: "secondary", onclick: () => {
        const eid = freshId("art_");
        d.articles.push({ eid, num: String(d.articles.length + 1), heading: {}, paragraphs: [{ eid: `${eid}__para_1`, num: "1", status: "proposed", text: {}, alternatives: [] }] });
        usedIds.add(`${eid}__para_1`);
        draw();
      } }, t("ed-add-article")));
  }

  function paragraph(a, p, pi) {
    const status = h("select", { name: `status-${p.eid}` }, STATUSES.map((s) => h("option", { value: s, selected: s === p.status }, label(s))));
    status.addEventListener("change", () => {
      p.status = status.value;
      if (p.status === "bracketed" && !p.alternatives.length) p.alternatives.push({});
      if (p.status !== "bracketed") p.alternatives = [];
      draw();
    });
    const box = h("div", { class: `paragraph status-${p.status}`, "data-eid": p.eid },
      h("div", { class: "toolbar" }, h("strong", {}, `${a.num || ""}.${p.num || pi + 1} `), h("small", { class: "muted" }, p.eid), " ",
        field(t("ed-status"), status),
        h("button", { type: "button", class: "link", onclick: () => { a.paragraphs.splice(pi, 1); draw(); } }, t("ed-remove"))),
      texts(p.text, `text-${p.eid}`, 3));
    p.alternatives.forEach((alt, i) => box.append(h("div", { class: "alternative" },
      h("p", {}, t("ed-alternative", { n: String(i + 1) }), " ", h("button", { type: "button", class: "link", onclick: () => { p.alternatives.splice(i, 1); draw(); } }, t("ed-remove-alternative"))),
      texts(alt, `alt${i}-${p.eid}`, 2))));
    if (p.status === "bracketed") {
      box.append(h("button", { type: "button", class: "secondary", onclick: () => { p.alternatives.push({}); draw(); } }, t("ed-add-alternative")));
    }
    return box;
  }

  draw();
  root.document = () => {
    const out = JSON.parse(JSON.stringify(d));
    for (const a of out.articles) {
      if (!Object.keys(a.heading || {}).length) delete a.heading;
      for (const p of a.paragraphs) if (!p.alternatives.length) delete p.alternatives;
    }
    return out;
  };
  return root;
}

/** What `doc` changes against `parent`, clause by clause (by stable id). */
export function changes(parent, doc) {
  const flat = (x) => new Map((x ? x.articles : []).flatMap((a) => a.paragraphs.map((p) => [p.eid, p])));
  const before = flat(parent), after = flat(doc);
  const same = (x, y) => JSON.stringify(x || {}) === JSON.stringify(y || {});
  const out = [];
  for (const [eid, p] of after) {
    const q = before.get(eid);
    if (!q) out.push({ eid, change: "added", status: p.status, text: p.text });
    else if (q.status !== p.status || !same(q.text, p.text) || !same(q.alternatives, p.alternatives)) {
      out.push({ eid, change: "changed", from: q.status, status: p.status, before: q.text, text: p.text });
    }
  }
  for (const [eid, q] of before) if (!after.has(eid)) out.push({ eid, change: "removed", status: q.status, before: q.text });
  if (parent && !same(parent.title, doc.title)) out.unshift({ eid: "title", change: "changed", before: parent.title, text: doc.title });
  return out;
}

/** The changes as a table, for a last look before the version is sent. */
export function changesView(list) {
  if (!list.length) return h("p", { "data-testid": "pre-send-diff" }, t("ed-no-changes"));
  const show = (texts) => Object.entries(texts || {}).map(([l, s]) => h("div", { lang: l, dir: dirOf(l) }, h("small", { class: "muted" }, `${l}: `), s));
  return h("div", { class: "scroll" }, h("table", { class: "diff", "data-testid": "pre-send-diff" },
    h("thead", {}, h("tr", {}, [t("ed-col-clause"), t("ed-col-change"), t("ed-col-status"), t("ed-col-before"), t("ed-col-after")].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, list.map((c) => h("tr", {},
      h("th", { scope: "row" }, c.eid), h("td", {}, h("span", { class: `chip change-${c.change}` }, tv("ed-change", c.change))),
      h("td", {}, c.from && c.from !== c.status ? `${label(c.from)} → ${label(c.status)}` : label(c.status || "")),
      h("td", {}, c.before ? h("del", {}, show(c.before)) : ""), h("td", {}, c.text ? h("ins", {}, show(c.text)) : ""))))));
}

/**
 * A signing copy: the text in its authentic languages side by side, with
 * the version and its content hash, laid out for print (the page's print
 * stylesheet prints this alone).
 */
export function signingCopy(v) {
  const authentic = v.document.languages.filter((l) => l.authoritative).map((l) => l.code);
  const langs = authentic.length ? authentic : [v.document.languages[0].code];
  return h("article", { class: "signing-copy", "data-testid": "signing-copy" },
    h("header", {}, langs.map((l) => h("h1", { lang: l, dir: dirOf(l) }, v.document.title[l] || "")),
      h("p", {}, t("ed-version-of-draft", { id: v.id, draft: v.draft }), " ", h("code", { "data-testid": "signing-hash" }, v.content)),
      h("p", { class: "muted" }, t("ed-signature-binds"))),
    h("table", { class: "side-by-side" }, h("tbody", {}, v.document.articles.flatMap((a) => [
      h("tr", {}, langs.map((l) => h("th", { lang: l, dir: dirOf(l) }, t("ed-article", { num: String(a.num || "") }), " ", (a.heading && a.heading[l]) || ""))),
      ...a.paragraphs.map((p) => h("tr", {}, langs.map((l) => h("td", { lang: l, dir: dirOf(l) }, `${p.num || ""}. `, p.text[l] || "")))),
    ]))));
}

/** Load a vendored script once (the .docx libraries are fetched only when used). */
const loading = new Map();
function vendor(file, global) {
  if (window[global]) return Promise.resolve(window[global]);
  if (!loading.has(file)) {
    loading.set(file, new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = `/assets/vendor/${file}`;
      s.onload = () => resolve(window[global]);
      s.onerror = () => reject(new Error(t("ed-cannot-load", { file })));
      document.head.append(s);
    }));
  }
  return loading.get(file);
}

/**
 * A .docx draft as a document (mammoth reads the file in the browser; it
 * never leaves it until the version is submitted): each heading starts an
 * article, each paragraph under it is a clause in language `lang`. With a
 * `base` document, clauses keep its stable ids in order and its other
 * languages; new ones get fresh ids.
 */
export async function importDocx(bytes, lang, base = null) {
  const mammoth = await vendor("mammoth.browser.min.js", "mammoth");
  const { value: html } = await mammoth.convertToHtml({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return fromHtml(html, lang, base);
}

/** Headings and paragraphs of `html` as a document (see `importDocx`). */
function fromHtml(html, lang, base) {
  // Parsed inert: nothing of the file runs or loads.
  const dom = new DOMParser().parseFromString(html, "text/html");
  let title = "";
  const articles = [];
  for (const el of dom.body.children) {
    const text = el.textContent.replace(/\s+/g, " ").trim();
    if (!text) continue;
    if (/^H[1-6]$/.test(el.tagName)) {
      if (!title && el.tagName === "H1" && !articles.length) { title = text; continue; }
      articles.push({ heading: text, paragraphs: [] });
    } else {
      if (!articles.length) articles.push({ heading: "", paragraphs: [] });
      articles[articles.length - 1].paragraphs.push(text);
    }
  }
  const old = base ? base.articles : [];
  const doc = base ? JSON.parse(JSON.stringify(base)) : emptyDocument([lang]);
  if (title) doc.title[lang] = title;
  doc.articles = articles.map((a, ai) => {
    const was = old[ai];
    const aeid = was ? was.eid : `art_${ai + 1}`;
    const heading = { ...((was && was.heading) || {}) };
    if (a.heading) heading[lang] = a.heading;
    return {
      eid: aeid, num: String(ai + 1), heading,
      paragraphs: a.paragraphs.map((txt, pi) => {
        const p = was && was.paragraphs[pi];
        return p
          ? { ...p, text: { ...p.text, [lang]: txt } }
          : { eid: `${aeid}__para_${pi + 1}${was ? "_new" : ""}`, num: String(pi + 1), status: "proposed", text: { [lang]: txt }, alternatives: [] };
      }),
    };
  });
  return doc;
}

/** A version as a .docx: every language of it, article by article, with its content hash. */
export async function exportDocx(v) {
  const docx = await vendor("docx.umd.js", "docx");
  const langs = v.document.languages.map((l) => l.code);
  const rtl = (l) => dirOf(l) === "rtl";
  const para = (text, l, opts = {}) => new docx.Paragraph({ ...opts, bidirectional: rtl(l), children: [new docx.TextRun({ text, rightToLeft: rtl(l) })] });
  const children = [];
  for (const l of langs) if (v.document.title[l]) children.push(para(v.document.title[l], l, { heading: docx.HeadingLevel.TITLE }));
  children.push(new docx.Paragraph({ children: [new docx.TextRun({ text: `${t("ed-version-of-draft", { id: v.id, draft: v.draft })} ${v.content}`, italics: true })] }));
  for (const a of v.document.articles) {
    const heads = langs.map((l) => (a.heading && a.heading[l]) || "").filter(Boolean);
    children.push(new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, children: [new docx.TextRun(`${t("ed-article", { num: String(a.num || "") })}${heads.length ? `. ${heads.join(" / ")}` : ""}`)] }));
    for (const p of a.paragraphs) {
      children.push(new docx.Paragraph({ children: [new docx.TextRun({ text: `${a.num || ""}.${p.num || ""} (${p.eid}, ${tv("ed-status", p.status)})`, bold: true })] }));
      for (const l of langs) if (p.text[l]) children.push(para(p.text[l], l));
      (p.alternatives || []).forEach((alt, i) => { for (const l of langs) if (alt[l]) children.push(para(`${t("ed-alternative-docx", { n: String(i + 1) })} ${alt[l]}`, l)); });
    }
  }
  const file = new docx.Document({ creator: "Truce", title: v.document.title[langs[0]] || v.id, sections: [{ children }] });
  return docx.Packer.toBlob(file);
}

/**
 * Pasted text as a document, the way `importDocx` reads a file: a line
 * starting "Article" (or "#") starts an article, each other block of
 * lines separated by a blank line is a clause in language `lang`.
 */
// A line that opens an article: "#" headings, or the word for "article" in
// the process's languages (English, Turkish, Arabic, Dari/Farsi and Pashto,
// Urdu), followed by a space, a number, a colon or the end of the line.
const ARTICLE = /^(#+\s*|(article|madde|المادة|مادة|ماده|مادہ|دفعہ|آرٹیکل)(?=[\s\d:.\-\u0660-\u0669\u06F0-\u06F9]|$))/iu;

export function importText(text, lang, base = null) {
  const articles = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
    while (lines.length) {
      const line = lines[0];
      if (ARTICLE.test(line)) {
        articles.push({ heading: line.replace(/^#+\s*/, ""), paragraphs: [] });
        lines.shift();
        continue;
      }
      if (!articles.length) articles.push({ heading: "", paragraphs: [] });
      articles[articles.length - 1].paragraphs.push(lines.join(" "));
      break;
    }
  }
  const html = articles.map((a) => `${a.heading ? `<h2>${escapeHtml(a.heading)}</h2>` : ""}${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}`).join("");
  return fromHtml(html, lang, base);
}

function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
