// Truce web UI: the router, the header (who is signed in), and live
// updates. Each page module exports `render(main, ctx)`, which draws the
// page from the API and returns an optional `refresh()` the live stream
// calls when new entries arrive.

import { h, clear, notice, session, refreshSession, signOut, ApiError, serial } from "./core.js";
import * as watch from "./watch.js";
import * as i18n from "./i18n.js";
import { t, tv, tNodes, LANGS } from "./i18n.js";
// Each page's module is loaded when it is opened (boot.js has it fetched
// already on a first load), not every page's on every load.
const PAGES = {
  "/": ["app-title-overview", () => import("./pages/overview.js")],
  "/process": ["app-title-process", () => import("./pages/process.js")],
  "/negotiation": ["app-title-negotiation", () => import("./pages/negotiation.js")],
  "/map": ["app-title-map", () => import("./pages/map.js")],
  "/verification": ["app-title-verification", () => import("./pages/verification.js")],
  "/compliance": ["app-title-compliance", () => import("./pages/compliance.js")],
  "/ledger": ["app-title-ledger", () => import("./pages/ledger.js")],
  "/public": ["app-title-public", () => import("./pages/public.js")],
  "/enrol": ["app-title-enrol", () => import("./pages/enrol.js")],
  "/signin": ["app-title-signin", () => import("./pages/enrol.js")],
};

let current = null;
let size = null;

function drawWho() {
  const who = clear(document.getElementById("who"));
  const s = session.info;
  if (s) {
    const v = s.viewer;
    const label = v.member ? `${v.member} (${v.participant})` : v.kind;
    who.append(
      h("span", { class: "me", "data-testid": "who" }, t("app-signed-in-as"), " ", h("strong", {}, label)),
      " ",
      h("button", {
        type: "button", class: "link", onclick: async () => {
          try { await signOut(); } catch { /* already out */ }
          go("/signin");
        },
      }, t("app-sign-out")),
    );
  } else {
    who.append(h("span", { "data-testid": "who" }, t("app-public-view")), " ",
      h("a", { href: "/signin" }, t("app-sign-in")), " · ", h("a", { href: "/enrol" }, t("app-enrol")));
  }
  for (const a of document.querySelectorAll("#nav a")) {
    if (a.getAttribute("href") === location.pathname) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

export async function go(path, { push = true } = {}) {
  if (push && path !== location.pathname + location.search) history.pushState({}, "", path);
  await route({ moveFocus: true });
}

// After an in-app navigation, focus moves to the new page's content (as a
// page load would put a screen reader there); a first load keeps the
// natural order, skip link first.
async function route({ moveFocus = false, signedIn = null } = {}) {
  const [title, load] = PAGES[location.pathname] || ["app-not-found", null];
  document.title = `${t(title)} · Truce`;
  // The page's module and the session at once.
  let failed = null;
  const [page] = await Promise.all([
    load ? load().catch((e) => { failed = e; return null; }) : null,
    signedIn || refreshSession(),
  ]);
  drawWho();
  const main = clear(document.getElementById("main"));
  main.removeAttribute("data-ready");
  if (failed) {
    // The page's module did not load (the network, or a server restarted
    // with another version): say so, and the page is still "ready".
    main.append(notice("error", String(failed.message || failed)));
    current = null;
    main.setAttribute("data-ready", "1");
    return;
  }
  if (!page) {
    main.append(h("h1", {}, t("app-not-found")), notice("error", t("app-no-page", { path: location.pathname })));
    return;
  }
  try {
    current = (await page.render(main, { go, path: location.pathname, params: new URLSearchParams(location.search), refreshWho: drawWho })) || null;
  } catch (e) {
    main.append(notice("error", e instanceof ApiError ? `${e.message} (${e.status})` : String(e.message || e)));
    current = null;
  }
  main.setAttribute("data-ready", "1");
  if (moveFocus) main.focus({ preventScroll: true });
}

// Links inside the app navigate without reloading.
document.addEventListener("click", (ev) => {
  const a = ev.target.closest("a");
  if (!a || a.target || a.hasAttribute("download") || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !PAGES[url.pathname]) return;
  ev.preventDefault();
  go(url.pathname + url.search);
});
window.addEventListener("popstate", () => route({ moveFocus: true }));

// The log watch (watch.js): every checkpoint this browser is shown is held
// against the largest it saw before; the header says so, or raises the
// alarm with its evidence.
const runWatch = serial(async () => {
  const box = document.getElementById("watch");
  let r;
  try {
    r = await watch.check();
  } catch (e) {
    r = { state: "unverified", why: String(e.message || e) };
  }
  box.dataset.state = r.state;
  if (r.state !== "alarm") {
    const said = t(`app-watch-${r.state}`, { size: String(r.size), seen: String(r.seen), why: r.why });
    clear(box).append(h("span", { "data-testid": "log-watch" }, said));
    return;
  }
  const a = r.alarm;
  const parts = [
    // One sentence per language, its own word order and full stop.
    h("strong", {}, t("app-alarm", { kind: tv("app-alarm-kind", a.kind), what: a.say ? t(a.say.id, a.say.args) : a.summary })), " ",
    t("app-alarm-advice"),
  ];
  const details = h("details", {}, h("summary", {}, t("app-alarm-checkpoints")),
    h("pre", {}, a.checkpoints.join("\n")));
  const box2 = h("div", { class: "notice error", role: "alert", "data-testid": "log-watch-alarm" }, ...parts, details);
  if (a.evidence) {
    const json = JSON.stringify(a.evidence, null, 2);
    const href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    box2.append(
      h("p", {}, h("a", { href, download: `${a.kind}-evidence.json` }, t("app-alarm-download")),
        " ", ...tNodes("app-alarm-check", { command: h("code", {}, "truce verify-evidence --log-key …") })),
      h("pre", { "data-testid": "log-watch-evidence", hidden: "" }, json),
    );
  }
  box2.append(h("button", {
    type: "button", class: "link", onclick: () => {
      watch.dismiss(a.checkpoints[0].split("\n")[0]);
      runWatch();
    },
  }, t("app-dismiss")));
  clear(box).append(box2);
});

// Live: the log's size arrives by server-sent events; pages re-read on change.
function live() {
  const es = new EventSource("/api/v1/events");
  const status = document.getElementById("live");
  es.addEventListener("size", async (ev) => {
    const n = Number(ev.data);
    const changed = size !== null && n !== size;
    size = n;
    status.textContent = t(changed ? "app-live-updated" : "app-live", { n });
    status.dataset.size = String(n);
    if (changed) runWatch();
    if (changed && current && current.refresh) {
      try { await current.refresh(); } catch { /* the next event retries */ }
      document.getElementById("main").dataset.refreshedAt = String(n);
    }
  });
}

// The header in the reader's language, with the switch that remembers it.
function drawChrome() {
  for (const a of document.querySelectorAll("[data-i18n]")) a.textContent = t(a.dataset.i18n);
  const nav = document.querySelector("header.top nav");
  if (nav) nav.setAttribute("aria-label", t("app-nav-main"));
  const box = document.getElementById("lang");
  if (!box) return;
  const sel = h("select", {
    id: "lang-select", "aria-label": t("app-language"),
    onchange: (ev) => i18n.choose(ev.target.value),
  }, LANGS.map(([l, name]) => h("option", { value: l, lang: l, selected: l === i18n.lang() }, name)));
  clear(box).append(sel);
}

async function start() {
  // The catalogue and the session in one round trip's time.
  const signedIn = refreshSession();
  try {
    await i18n.init();
  } catch (e) {
    console.warn(`languages: ${e.message || e}`);
  }
  drawChrome();
  live();
  await route({ signedIn });
  runWatch();
  setInterval(runWatch, 60000);
}

start();
