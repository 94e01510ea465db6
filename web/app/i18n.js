// The interface's languages: one Fluent catalogue per language
// (web/app/i18n/<lang>.ftl, built into the binary), read with Mozilla's
// @fluent/bundle (vendored from npm); the reader's choice is remembered in
// this browser; dates and numbers are written by `Intl` in that language.
// English is the source catalogue; CI checks that no language lacks one of
// its messages (crates/server/tests/catalogues.rs).

/* global FluentBundle */

/** The languages of the process, as each calls itself. */
export const LANGS = [
  ["en", "English"],
  ["ur", "اردو"],
  ["ps", "پښتو"],
  ["fa", "فارسی"],
  ["tr", "Türkçe"],
  ["ar", "العربية"],
];
const RTL = new Set(["ar", "fa", "ps", "ur"]);
const KEY = "truce.lang";

let current = "en";
let bundle = null;

/** The interface language now. */
export const lang = () => current;
/** "rtl" or "ltr": the direction of the interface language. */
export const dir = () => (RTL.has(current) ? "rtl" : "ltr");

/** The language boot.js chose (and whose catalogue it is fetching already). */
function pick() {
  const booted = document.documentElement.getAttribute("data-lang");
  return LANGS.some(([l]) => l === booted) ? booted : "en";
}

/** The catalogue `/assets/i18n/<dir><l>.ftl` as a bundle (`dir`: "" or "reasons/"). */
async function load(l, dir = "") {
  const resp = await fetch(`/assets/i18n/${dir}${l}.ftl`, { credentials: "same-origin" });
  if (!resp.ok) throw new Error(`catalogue ${dir}${l}: ${resp.status}`);
  // Isolation marks keep a name or an id in its own direction inside a
  // right-to-left sentence; a left-to-right interface does without them.
  const b = new FluentBundle.FluentBundle(l, { useIsolating: RTL.has(l) });
  const errors = b.addResource(new FluentBundle.FluentResource(await resp.text()));
  for (const e of errors) console.warn(`catalogue ${dir}${l}: ${e.message || e}`);
  return b;
}

/**
 * Load the chosen catalogue; set <html lang dir>. English is loaded beneath
 * another language only if that one fails to load: CI holds every
 * catalogue to English's messages, so a page needs one catalogue.
 */
export async function init() {
  current = pick();
  try {
    bundle = await load(current);
  } catch (e) {
    if (current === "en") throw e;
    console.warn(String(e));
    current = "en";
    bundle = await load("en");
  }
  document.documentElement.lang = current;
  document.documentElement.dir = dir();
}

/** Remember a language and draw the page again in it. */
export function choose(l) {
  try { localStorage.setItem(KEY, l); } catch { /* storage off: this page only */ }
  location.reload();
}

// Bidirectional embeddings, overrides and isolates in a value are dropped
// (a value holding U+2069 could otherwise close the isolation around it
// and let an override run on); then a value with right-to-left letters is
// isolated in a left-to-right interface too (Fluent isolates every value in
// a right-to-left one), so a name cannot reorder the sentence around it.
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const RTL_LETTERS = /[\u0590-\u08FF\u200E\u200F\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

function fmtArgs(args) {
  if (!args) return args;
  const out = {};
  // Counts go to Fluent as numbers (plural rules, the language's digits);
  // ids and names stay text.
  for (const [k, v] of Object.entries(args)) {
    if (v === null || v === undefined) out[k] = "";
    else if (typeof v !== "string") out[k] = v;
    else {
      const clean = v.replace(CONTROLS, "");
      out[k] = !RTL.has(current) && RTL_LETTERS.test(clean) ? `\u2068${clean}\u2069` : clean;
    }
  }
  return out;
}

/** The message `id` in the interface language (its id, with a warning, if it has none). */
export function t(id, args) {
  const m = bundle && bundle.getMessage(id);
  if (m && m.value) return bundle.formatPattern(m.value, fmtArgs(args), []);
  console.warn(`no message ${id}`);
  return id;
}

/**
 * The message `id` as a list of text and nodes: an argument given as a DOM
 * node (a command in <code>, a link) is put where the language's sentence
 * places it, so the sentence is never built from fragments.
 */
export function tNodes(id, args = {}) {
  const nodes = [];
  const plain = {};
  for (const [k, v] of Object.entries(args)) {
    if (v instanceof Node) {
      plain[k] = `\uE000${nodes.length}\uE001`;
      nodes.push(v);
    } else {
      plain[k] = v;
    }
  }
  const said = t(id, plain);
  const out = [];
  const mark = /\uE000(\d+)\uE001/g;
  let last = 0;
  for (let m = mark.exec(said); m; m = mark.exec(said)) {
    out.push(said.slice(last, m.index), nodes[Number(m[1])]);
    last = mark.lastIndex;
  }
  out.push(said.slice(last));
  return out.filter((x) => x !== "");
}

/**
 * A value of a closed set the server sends (a state, a kind, a role),
 * written in the interface language: the message `prefix-value` (the
 * value's underscores as hyphens) when the value is a plain snake_case
 * word; anything else (a category a mechanism named itself, with a hyphen
 * or a dot) is shown as it is, so two ids never share one label.
 */
export function tv(prefix, value) {
  if (value === null || value === undefined) return "";
  const v = String(value);
  if (/^[a-z][a-z0-9_]*$/.test(v)) {
    const id = `${prefix}-${v.replace(/_/g, "-")}`;
    const m = bundle && bundle.getMessage(id);
    if (m && m.value) return bundle.formatPattern(m.value, {}, []);
    return v.replace(/_/g, " ");
  }
  return v;
}

const dtf = new Map();
/**
 * A time the server wrote (RFC 3339, UTC) in the interface language's
 * calendar words and digits, always in UTC, as the log's clock is.
 */
export function fmtTime(s) {
  if (!s) return "";
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return String(s);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(String(s));
  const key = dateOnly ? "d" : "dt";
  if (!dtf.has(key)) {
    // The Gregorian calendar everywhere, as the log, the agreement and the
    // date fields use it (Dari/Farsi and Pashto would default to the Solar
    // Hijri calendar).
    dtf.set(key, new Intl.DateTimeFormat(current, dateOnly
      ? { dateStyle: "medium", timeZone: "UTC", calendar: "gregory" }
      : { dateStyle: "medium", timeStyle: "short", timeZone: "UTC", calendar: "gregory" }));
  }
  return dateOnly ? dtf.get(key).format(d) : `${dtf.get(key).format(d)} UTC`;
}

/** Items of a list (names, ids, roles) joined with the language's comma. */
export function fmtList(items) {
  return items.join(`${t("core-list-sep")} `);
}

/** A number in the interface language's digits. */
export function fmtNum(n) {
  return new Intl.NumberFormat(current).format(n);
}

// The server's reasons for refusing: `{"error": "<English>", "reason":
// {"id", "args"}}`, said from the reasons catalogue of the interface
// language (web/app/i18n/reasons/<lang>.ftl, whose English CI reads from
// the server's sources). It is fetched the first time a refusal is shown,
// not on every page load.
let reasons = null;

async function reasonsBundle() {
  if (!reasons) {
    reasons = load(current, "reasons/");
    reasons.catch(() => { reasons = null; });
  }
  return reasons;
}

function formatReason(b, r) {
  if (!r || typeof r.id !== "string") return null;
  const m = b.getMessage(r.id);
  if (!m || !m.value) return null;
  const args = {};
  for (const [k, v] of Object.entries(r.args || {})) {
    if (v && typeof v === "object") {
      const inner = formatReason(b, v);
      if (inner === null) return null;
      // A nested reason is already said; only its direction is kept apart.
      args[k] = inner;
    } else {
      args[k] = v;
    }
  }
  return b.formatPattern(m.value, fmtArgs(args), []);
}

/**
 * A refusal's reason in the interface language, or `english` (the
 * server's own sentence) when this language cannot say it: English
 * itself, a catalogue that failed to load, or an id it does not hold.
 */
export async function sayReason(reason, english) {
  if (current === "en" || !reason) return english;
  try {
    return formatReason(await reasonsBundle(), reason) ?? english;
  } catch (e) {
    console.warn(String(e));
    return english;
  }
}
