// Truce web UI: the router, the header (who is signed in), and live
// updates. Each page module exports `render(main, ctx)`, which draws the
// page from the API and returns an optional `refresh()` the live stream
// calls when new entries arrive.

import { h, clear, notice, session, refreshSession, signOut, ApiError } from "./core.js";
import * as overview from "./pages/overview.js";
import * as negotiation from "./pages/negotiation.js";
import * as map from "./pages/map.js";
import * as verification from "./pages/verification.js";
import * as compliance from "./pages/compliance.js";
import * as ledger from "./pages/ledger.js";
import * as enrol from "./pages/enrol.js";

const PAGES = {
  "/": ["Overview", overview],
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
    if (changed && current && current.refresh) {
      try { await current.refresh(); } catch { /* the next event retries */ }
      document.getElementById("main").dataset.refreshedAt = String(n);
    }
  });
}

live();
route();
