// The interface's languages: one Fluent catalogue per language
// (web/app/i18n/<lang>.ftl, built into the binary), read with Mozilla's
// @fluent/bundle (vendored from npm); the reader's choice is remembered in
// this browser; dates and numbers are written by `Intl` in that language.
// English is the source catalogue and the fallback for a missing message
// (CI checks that none is missing: crates/server/tests/catalogues.rs).

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
let fallback = null;

/** The interface language now. */
export const lang = () => current;
/** "rtl" or "ltr": the direction of the interface language. */
export const dir = () => (RTL.has(current) ? "rtl" : "ltr");

function pick() {
  const known = new Set(LANGS.map(([l]) => l));
  let saved = null;
  try { saved = localStorage.getItem(KEY); } catch { /* storage off */ }
  if (saved && known.has(saved)) return saved;
  for (const l of navigator.languages || []) {
    const base = String(l).toLowerCase().split("-")[0];
    if (known.has(base)) return base;
  }
  return "en";
}

async function load(l) {
  const resp = await fetch(`/assets/i18n/${l}.ftl`, { credentials: "same-origin" });
  if (!resp.ok) throw new Error(`catalogue ${l}: ${resp.status}`);
  // Isolation marks keep a name or an id in its own direction inside a
  // right-to-left sentence; a left-to-right interface does without them.
  const b = new FluentBundle.FluentBundle(l, { useIsolating: RTL.has(l) });
  const errors = b.addResource(new FluentBundle.FluentResource(await resp.text()));
  for (const e of errors) console.warn(`catalogue ${l}: ${e.message || e}`);
  return b;
}

/** Load the chosen catalogue (and English beneath it); set <html lang dir>. */
export async function init() {
  current = pick();
  fallback = await load("en");
  bundle = current === "en" ? fallback : await load(current).catch((e) => {
    console.warn(String(e));
    current = "en";
    return fallback;
  });
  document.documentElement.lang = current;
  document.documentElement.dir = dir();
}

/** Remember a language and draw the page again in it. */
export function choose(l) {
  try { localStorage.setItem(KEY, l); } catch { /* storage off: this page only */ }
  location.reload();
}

// Right-to-left letters or bidirectional controls in a value: in a
// left-to-right interface (where Fluent adds no isolation marks) such a
// value is isolated here, so a name holding U+202E cannot reorder the
// sentence around it.
const BIDI = /[\u0590-\u08FF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function fmtArgs(args) {
  if (!args) return args;
  const out = {};
  // Counts go to Fluent as numbers (plural rules, the language's digits);
  // ids and names stay text.
  for (const [k, v] of Object.entries(args)) {
    if (v === null || v === undefined) out[k] = "";
    else if (typeof v === "string" && !RTL.has(current) && BIDI.test(v)) out[k] = `\u2068${v}\u2069`;
    else out[k] = v;
  }
  return out;
}

/** The message `id` in the interface language (English if it has none). */
export function t(id, args) {
  for (const b of [bundle, fallback]) {
    if (!b) continue;
    const m = b.getMessage(id);
    if (m && m.value) return b.formatPattern(m.value, fmtArgs(args), []);
  }
  console.warn(`no message ${id}`);
  return id;
}

/**
 * A value of a closed set the server sends (a state, a kind, a role),
 * written in the interface language: the message `prefix-value`, else the
 * value itself with its underscores as spaces.
 */
export function tv(prefix, value) {
  if (value === null || value === undefined) return "";
  const id = `${prefix}-${String(value).replace(/[^a-zA-Z0-9-]/g, "-")}`;
  for (const b of [bundle, fallback]) {
    const m = b && b.getMessage(id);
    if (m && m.value) return b.formatPattern(m.value, {}, []);
  }
  return String(value).replace(/_/g, " ");
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
    dtf.set(key, new Intl.DateTimeFormat(current, dateOnly
      ? { dateStyle: "medium", timeZone: "UTC" }
      : { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }));
  }
  return dateOnly ? dtf.get(key).format(d) : `${dtf.get(key).format(d)} UTC`;
}

/** A number in the interface language's digits. */
export function fmtNum(n) {
  return new Intl.NumberFormat(current).format(n);
}
