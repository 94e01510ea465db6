// Truce web UI: the router, the header (who is signed in), and live
// updates. Each page module exports `render(main, ctx)`, which draws the
// page from the API and returns an optional `refresh()` the live stream
// calls when new entries arrive.

import { h, clear, notice, session, refreshSession, signOut, ApiError, serial } from "./core.js";
import * as watch from "./watch.js";
import * as overview from "./pages/overview.js";
import * as processPage from "./pages/process.js";
import * as negotiation from "./pages/negotiation.js";
import * as map from "./pages/map.js";
import * as verification from "./pages/verification.js";
import * as compliance from "./pages/compliance.js";
import * as ledger from "./pages/ledger.js";
import * as enrol from "./pages/enrol.js";

const PAGES = {
  "/": ["Overview", overview],
  "/process": ["The process", processPage],
  "/negotiation": ["Negotiation room", negotiation],
  "/map": ["Incident map", map],
  "/verification": ["Verification board", verification],
  "/compliance": ["Compliance", compliance],
  "/ledger": ["Ledger explorer", ledger],
  "/enrol": ["Enrol", enrol],
  "/signin": ["Sign in", enrol],
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
      h("span", { class: "me", "data-testid": "who" }, "Signed in as ", h("strong", {}, label)),
      " ",
      h("button", {
        type: "button", class: "link", onclick: async () => {
          try { await signOut(); } catch { /* already out */ }
          go("/signin");
        },
      }, "Sign out"),
    );
  } else {
    who.append(h("span", { "data-testid": "who" }, "Public view"), " ",
      h("a", { href: "/signin" }, "Sign in"), " · ", h("a", { href: "/enrol" }, "Enrol"));
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
async function route({ moveFocus = false } = {}) {
  const [title, page] = PAGES[location.pathname] || ["Not found", null];
  document.title = `${title} · Truce`;
  await refreshSession();
  drawWho();
  const main = clear(document.getElementById("main"));
  main.removeAttribute("data-ready");
  if (!page) {
    main.append(h("h1", {}, "Not found"), notice("error", `No page ${location.pathname}`));
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
    const said = {
      first: `Log watch: checkpoint of size ${r.size} verified and remembered by this browser.`,
      same: `Log watch: size ${r.size}, as this browser saw it before.`,
      extends: `Log watch: size ${r.size} extends size ${r.seen} that this browser saw (consistency proof checked here).`,
      unverified: `Log watch: this checkpoint proves nothing (${r.why}).`,
    }[r.state];
    clear(box).append(h("span", { "data-testid": "log-watch" }, said));
    return;
  }
  const a = r.alarm;
  const parts = [
    h("strong", {}, `ALARM (${a.kind}): `), a.summary, ". ",
    "This log has shown this browser two histories, or hidden part of one. Keep the evidence and tell the mediators and the other party.",
  ];
  const details = h("details", {}, h("summary", {}, "The two signed checkpoints"),
    h("pre", {}, a.checkpoints.join("\n")));
  const box2 = h("div", { class: "notice error", role: "alert", "data-testid": "log-watch-alarm" }, ...parts, details);
  if (a.evidence) {
    const json = JSON.stringify(a.evidence, null, 2);
    const href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    box2.append(
      h("p", {}, h("a", { href, download: `${a.kind}-evidence.json` }, "Download the evidence"),
        " (check it with ", h("code", {}, "truce verify-evidence --log-key …"), ")"),
      h("pre", { "data-testid": "log-watch-evidence", hidden: "" }, json),
    );
  }
  box2.append(h("button", {
    type: "button", class: "link", onclick: () => {
      watch.dismiss(a.checkpoints[0].split("\n")[0]);
      runWatch();
    },
  }, "Dismiss"));
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
    status.textContent = `Ledger: ${n} entries${changed ? " · updated" : ""}`;
    status.dataset.size = String(n);
    if (changed) runWatch();
    if (changed && current && current.refresh) {
      try { await current.refresh(); } catch { /* the next event retries */ }
      document.getElementById("main").dataset.refreshedAt = String(n);
    }
  });
}

live();
route();
runWatch();
setInterval(runWatch, 60000);
