// Truce web core: DOM helpers, the JSON API, this browser's key (a
// non-extractable WebCrypto Ed25519 key kept in IndexedDB), sign-in, signed
// acts (DSSE envelopes signed here, never on the server), and the
// transparency-log checks the ledger explorer runs in the browser.

import { t, fmtTime, sayReason } from "./i18n.js";

export { fmtTime };

/**
 * The incident categories of a mechanism whose terms name none: the
 * domain's `DEFAULT_CATEGORIES` (crates/server/tests/catalogues.rs holds
 * this list to it).
 */
export const DEFAULT_CATEGORIES = ["armed_clash", "air_drone_strike", "shelling", "cross_border_raid", "ied",
  "attack_on_civilians", "movement_of_forces", "obstruction_of_monitors", "hostile_propaganda", "other"];

// ---------- DOM ----------

// Bidirectional embeddings and overrides (U+202A–U+202E) are dropped from
// every text the page shows: a name or a statement from the log cannot
// reorder what follows it ("Trojan Source"). Isolates are kept (the
// catalogues' right-to-left messages use them) but balanced, so an open
// one cannot run on to the end of the paragraph.
const OVERRIDES = /[\u202A-\u202E]/g;

/** Text without overrides, its isolates balanced: none closes what it did not open, none stays open. */
function safeText(v) {
  let depth = 0;
  let out = "";
  for (const ch of String(v).replace(OVERRIDES, "")) {
    if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") depth++;
    else if (ch === "\u2069") {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out + "\u2069".repeat(depth);
}

/** Build an element: h("a", {href: "/"}, "text", child). Text is never parsed as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, safeText(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(safeText(c)));
  }
  return el;
}

const scripts = new Map();
/**
 * Load a vendored classic script once (Leaflet, topojson-client, Chart.js),
 * on the pages that use it rather than on every page.
 */
export function loadScript(src) {
  if (!scripts.has(src)) {
    scripts.set(src, new Promise((resolve, reject) => {
      const el = document.createElement("script");
      el.src = src;
      el.onload = () => resolve();
      el.onerror = () => { scripts.delete(src); reject(new Error(`${src} did not load`)); };
      document.head.append(el);
    }));
  }
  return scripts.get(src);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A message box: kind is "error", "ok" or "info". */
export function notice(kind, text) {
  return h("p", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}

const RTL = new Set(["ar", "fa", "he", "ps", "ur", "ku", "sd", "ug", "yi", "dv"]);
export function dirOf(lang) {
  return RTL.has(String(lang).split("-")[0]) ? "rtl" : "ltr";
}

/** A labelled form field. */
export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), input,
    hint ? h("small", {}, hint) : null);
}

export function nowUtc() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function randomId(prefix) {
  const b = crypto.getRandomValues(new Uint8Array(5));
  return `${prefix}-${[...b].map((x) => x.toString(16).padStart(2, "0")).join("")}`;
}

// ---------- API ----------

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const session = { info: null };

/** Fetch JSON (or text/bytes) from the API with the session cookie. */
export async function api(path, { method = "GET", body, headers = {}, as = "json" } = {}) {
  const h2 = { ...headers };
  if (method !== "GET" && session.info) h2["X-Truce-CSRF"] = session.info.csrf;
  const resp = await fetch(path, { method, body, headers: h2, credentials: "same-origin" });
  if (!resp.ok) {
    let msg = `${resp.status} ${resp.statusText}`;
    try {
      const j = await resp.json();
      if (j.error) msg = await sayReason(j.reason, j.error);
    } catch { /* not JSON */ }
    throw new ApiError(resp.status, msg);
  }
  if (resp.status === 204) return null;
  if (as === "text") return resp.text();
  if (as === "bytes") return new Uint8Array(await resp.arrayBuffer());
  return resp.json();
}

// ---------- bytes ----------

const enc = new TextEncoder();
export const utf8 = (s) => enc.encode(s);

export function b64(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function unb64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function hex(bytes) {
  return [...bytes].map((x) => x.toString(16).padStart(2, "0")).join("");
}

export function concat(...parts) {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

export async function sha256(bytes) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}

function equalBytes(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// ---------- this browser's key ----------

function idb() {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open("truce", 1);
    r.onupgradeneeded = () => r.result.createObjectStore("keys");
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function idbDo(mode, fn) {
  const db = await idb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction("keys", mode);
    const req = fn(tx.objectStore("keys"));
    tx.oncomplete = () => resolve(req && req.result);
    tx.onerror = () => reject(tx.error);
  });
}

const slot = () => `key:${location.origin}`;
export const loadKey = () => idbDo("readonly", (s) => s.get(slot()));
export const saveKey = (k) => idbDo("readwrite", (s) => s.put(k, slot()));
export const forgetKey = () => idbDo("readwrite", (s) => s.delete(slot()));

/** C2SP signed-note key id and verifier key for an Ed25519 public key. */
export async function noteKey(name, rawPublic) {
  const hash = await sha256(concat(utf8(name), utf8("\n"), new Uint8Array([1]), rawPublic));
  const id = `${name}+${hex(hash.subarray(0, 4))}`;
  return { id, vkey: `${id}+${b64(concat(new Uint8Array([1]), rawPublic))}` };
}

/** Make a new key for `name`. The private key cannot be exported, even by this page. */
export async function newKey(name) {
  const pair = await crypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"]);
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  const { id, vkey } = await noteKey(name, raw);
  return { name, id, vkey, privateKey: pair.privateKey, publicKey: pair.publicKey };
}

export async function signBytes(key, bytes) {
  return new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key.privateKey, bytes));
}

// ---------- sessions and acts ----------

export async function refreshSession() {
  try {
    session.info = await api("/api/v1/session");
  } catch {
    session.info = null;
  }
  return session.info;
}

export async function signIn() {
  const key = await loadKey();
  if (!key) throw new Error(t("core-no-key-yet"));
  const c = await api("/api/v1/session/challenge", { method: "POST" });
  const sig = await signBytes(key, utf8(`truce-session/v1\n${c.origin}\n${c.challenge}\n`));
  session.info = await api("/api/v1/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ key: key.id, challenge: c.challenge, signature: b64(sig) }),
  });
  return session.info;
}

export async function signOut() {
  await api("/api/v1/session", { method: "DELETE" });
  session.info = null;
}

let origin = null;
export async function logOrigin() {
  if (!origin) origin = (await api("/api/v1/log")).origin;
  return origin;
}

/** DSSE pre-authentication encoding. */
function pae(type, payload) {
  const ty = utf8(type);
  return concat(utf8(`DSSEv1 ${ty.length} `), ty, utf8(` ${payload.length} `), payload);
}

/** Sign `body` as an entry of `kind` with this browser's key and append it. */
export async function act(kind, body, { seq, key: given } = {}) {
  const key = given || await loadKey();
  if (!key) throw new Error(t("core-no-key"));
  if (seq === undefined) {
    const k = await api(`/api/v1/keys/${encodeURIComponent(key.id)}`);
    seq = (k.last_seq || 0) + 1;
  }
  const { publicBody, opening } = await seal(kind, body);
  const payload = utf8(JSON.stringify({ origin: await logOrigin(), seq, body: publicBody }));
  const payloadType = `application/vnd.truce.${kind}+json`;
  const sig = await signBytes(key, pae(payloadType, payload));
  const envelope = JSON.stringify({
    payload: b64(payload), payloadType, signatures: [{ keyid: key.id, sig: b64(sig) }],
  });
  const submission = opening === null ? envelope : JSON.stringify({ envelope, opening });
  return api("/api/v1/entries", { method: "POST", body: submission, headers: { "Content-Type": "application/json" } });
}

let disclosureTable = null;
/** The server's disclosure table: which kinds are sealed and which fields stay public. */
export async function disclosure() {
  if (!disclosureTable) {
    disclosureTable = new Map((await api("/api/v1/disclosure")).map((r) => [r.kind, r]));
  }
  return disclosureTable;
}

/** The commitment to an opening: hex SHA-256("truce-opening/v1\n" ‖ opening). */
export async function commitment(openingText) {
  return hex(await sha256(concat(utf8("truce-opening/v1\n"), utf8(openingText))));
}

/**
 * Split a body as the disclosure table says: the public fields and a
 * "sealed" commitment go on the log; the rest, with 32 random bytes of salt,
 * is the opening that only the entitled may read.
 */
export async function seal(kind, body) {
  const rule = (await disclosure()).get(kind);
  if (!rule) throw new Error(t("core-unknown-kind", { kind }));
  if (!rule.sealed) return { publicBody: body, opening: null };
  const publicBody = {};
  const fields = {};
  for (const [k, v] of Object.entries(body)) {
    if (rule.public.includes(k)) publicBody[k] = v;
    else fields[k] = v;
  }
  const opening = JSON.stringify({ salt: b64(crypto.getRandomValues(new Uint8Array(32))), fields });
  publicBody.sealed = await commitment(opening);
  return { publicBody, opening };
}

/** Check an opening against an entry body's commitment; the fields it discloses, or null. */
export async function checkOpening(entryBody, openingText) {
  if (!entryBody || typeof entryBody.sealed !== "string") return null;
  if (await commitment(openingText) !== entryBody.sealed) return null;
  return JSON.parse(openingText).fields;
}

/** Store bytes as a blob (members only); returns the SHA-256 hex. */
export const MAX_BLOB = 64 * 1024 * 1024;

export async function putBlob(bytes, type = "application/octet-stream") {
  // The server refuses a larger body by its announced length, before reading it.
  if (bytes.length > MAX_BLOB) throw new Error(t("core-file-too-big", { size: bytes.length, max: MAX_BLOB }));
  const r = await api("/api/v1/blobs", { method: "POST", body: bytes, headers: { "Content-Type": type } });
  return r.sha256;
}

// ---------- transparency log checks (RFC 6962, C2SP signed notes) ----------

export async function leafHash(entryBytes) {
  return sha256(concat(new Uint8Array([0]), entryBytes));
}

async function nodeHash(l, r) {
  return sha256(concat(new Uint8Array([1]), l, r));
}

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to. */
export async function rootFromInclusion(index, size, leaf, proof) {
  if (index >= size) throw new Error(t("core-proof-index", { index: String(index), size: String(size) }));
  let fn = index, sn = size - 1, r = leaf;
  for (const p of proof) {
    if (sn === 0) throw new Error(t("core-proof-long"));
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new Error(t("core-proof-short"));
  return r;
}

/** Parse a signed note: its text and signature lines. */
export function parseNote(text) {
  const cut = text.lastIndexOf("\n\n");
  if (cut < 0) throw new Error(t("core-not-a-note"));
  const body = text.slice(0, cut + 1);
  const sigs = text.slice(cut + 2).split("\n").filter(Boolean).map((line) => {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m) throw new Error(t("core-bad-sig-line", { line }));
    return { name: m[1], sig: unb64(m[2]) };
  });
  const [originLine, size, root] = body.split("\n");
  return { body, sigs, origin: originLine, size: Number(size), root: unb64(root) };
}

export function parseVkey(vkey) {
  // The base64 key may itself contain "+": split at the first two only.
  const i = vkey.indexOf("+"), j = vkey.indexOf("+", i + 1);
  const [name, hashHex, keyB64] = [vkey.slice(0, i), vkey.slice(i + 1, j), vkey.slice(j + 1)];
  const raw = unb64(keyB64);
  return { name, hash: hashHex, type: raw[0], pub: raw.subarray(1) };
}

async function ed25519Verify(pub, sig, msg) {
  const k = await crypto.subtle.importKey("raw", pub, { name: "Ed25519" }, false, ["verify"]);
  return crypto.subtle.verify({ name: "Ed25519" }, k, sig, msg);
}

/** Check one signature of a note against a verifier key (Ed25519 0x01 or cosignature/v1 0x04). */
export async function verifyNoteSig(note, vkey) {
  const k = parseVkey(vkey);
  const s = note.sigs.find((x) => x.name === k.name && hex(x.sig.subarray(0, 4)) === k.hash);
  if (!s) return { ok: false, why: t("core-no-sig-by-key") };
  if (k.type === 1) {
    return { ok: await ed25519Verify(k.pub, s.sig.subarray(4), utf8(note.body)) };
  }
  if (k.type === 4) {
    const view = new DataView(s.sig.buffer, s.sig.byteOffset + 4, 8);
    const ts = view.getBigUint64(0);
    const msg = utf8(`cosignature/v1\ntime ${ts}\n${note.body}`);
    return { ok: await ed25519Verify(k.pub, s.sig.subarray(12), msg), time: Number(ts) };
  }
  return { ok: false, why: t("core-unknown-key-type", { type: String(k.type) }) };
}

export { equalBytes };

/** Run `fn` one call at a time; calls made meanwhile coalesce into one more run. */
export function serial(fn) {
  let running = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await fn();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

// ---------- what the reader may do ----------

/**
 * What the signed-in reader may do now and what waits on it, from
 * GET /api/v1/acts: the domain's own rules, asked for this key. Pages show
 * exactly these acts; none decides by itself who may do what.
 */
export async function loadActs() {
  if (!session.info) return { now: null, offers: [], waiting: [] };
  return api("/api/v1/acts");
}

/** The offer of `kind` on the object (`type`, `id`), or null. */
export function offer(acts, kind, type = "process", id = null) {
  return acts.offers.find((o) => o.kind === kind && o.on.type === type && (o.on.id ?? null) === id) || null;
}

/** `type` or `type:id`: how an offer's object is written in `data-on`. */
export const onKey = (on) => (on.id ? `${on.type}:${on.id}` : on.type);

/**
 * A form for one offered act, marked `data-act` and `data-on` so a test
 * (or a tool) can hold the page against the offers. `submit` returns the
 * appended entry; `out` shows the result, `after` redraws.
 */
export function actForm(o, { title, done = title, submit, out, after, label = t("core-sign-and-submit"), fold = false, note = null }, ...fields) {
  const form = h("form", {
    class: "act-form", "data-act": o.kind, "data-on": onKey(o.on),
    onsubmit: async (ev) => {
      ev.preventDefault();
      out.replaceChildren();
      try {
        const r = await submit();
        if (after) await after();
        out.append(notice("ok", t("core-act-done", { what: done, index: String(r.index) })));
      } catch (e) {
        out.append(notice("error", t("core-act-refused", { what: done, why: e.message })));
      }
    },
  }, ...fields, h("button", { type: "submit" }, label));
  if (fold) return h("details", { class: "act" }, h("summary", {}, title), form);
  return h("section", { class: "card act" }, h("h3", {}, title), note ? h("p", {}, note) : null, form);
}

/** A <select> of `choices` (value → label). */
export function choose(name, choices, label = (x) => x, { blank = null } = {}) {
  return h("select", { name },
    blank !== null ? h("option", { value: "" }, blank) : null,
    choices.map((c) => h("option", { value: c }, label(c))));
}

/** Checkboxes of `choices`; `.values()` lists the checked ones. */
export function checks(legend, name, choices, label = (x) => x, checked = () => false) {
  const box = h("fieldset", { class: "checks" }, h("legend", {}, legend),
    choices.map((c) => h("label", { class: "inline" }, h("input", { type: "checkbox", name, value: c, checked: checked(c) }), ` ${label(c)} `)));
  box.values = () => [...box.querySelectorAll("input:checked")].map((i) => i.value);
  return box;
}

/** A fresh one-time invitation code (128 random bits, base32). */
export function newCode() {
  const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const b = crypto.getRandomValues(new Uint8Array(26));
  return [...b].map((x) => a[x & 31]).join("").replace(/(.{5})(?!$)/g, "$1-");
}
