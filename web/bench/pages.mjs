// Page-load benchmark for `truce bench web`: enrol a mediator's browser
// with TRUCE_CODE, then time the first load of each main page (navigation
// to the page drawn from the API, `main[data-ready]`) TRUCE_LOADS times in a
// fresh tab, and the map's redraw after a series of pans and zooms.
// Prints one JSON object.
import { chromium } from "playwright-core";

const url = process.env.TRUCE_URL;
const loads = Number(process.env.TRUCE_LOADS || 5);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const enrol = await context.newPage();
await enrol.goto(`${url}/enrol`);
await enrol.getByLabel("Invitation code").fill(process.env.TRUCE_CODE);
await enrol.getByRole("button", { name: "Look up invitation" }).click();
await enrol.getByRole("button", { name: "Create my key and enrol" }).click();
await enrol.getByText(/Enrolled at entry/).waitFor({ timeout: 60000 });
await enrol.close();

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const pages = [];
// Each language in turn (TRUCE_LANGS), as the header's switch keeps it in
// this browser; the loads of one page alternate between the languages, so
// the machine's drift falls on all of them alike.
const langs = (process.env.TRUCE_LANGS || "en").split(",").filter(Boolean);
// TRUCE_BENCH_REFUSE_FONTS=1 (inherited through `truce bench web`): the
// loads of /negotiation alternate with loads whose Arabic-script font
// requests are refused, reported as their own row, to show what the fonts
// cost the one page that shapes the drafts' Urdu and Pashto.
const refuseFonts = process.env.TRUCE_BENCH_REFUSE_FONTS === "1";
const FONTS_REFUSED = " (Arabic-script fonts refused)";
for (const path of ["/", "/process", "/negotiation", "/map", "/verification", "/compliance", "/ledger"]) {
  const variants = refuseFonts && path === "/negotiation" ? ["", FONTS_REFUSED] : [""];
  const times = Object.fromEntries(variants.flatMap((v) => langs.map((l) => [l + v, []])));
  for (let i = 0; i < loads; i++) {
    for (const lang of langs) for (const v of variants) {
      const page = await context.newPage();
      if (v) await page.route(/noto-(naskh|nastaliq)/, (r) => r.abort());
      await page.goto(`${url}/assets/app.css`);
      await page.evaluate((l) => localStorage.setItem("truce.lang", l), lang);
      const t0 = Date.now();
      await page.goto(`${url}${path}`);
      await page.waitForSelector("main[data-ready]", { timeout: 120000 });
      await page.evaluate(() => document.fonts.ready);
      times[lang + v].push(Date.now() - t0);
      await page.close();
    }
  }
  for (const v of variants) {
    for (const lang of langs) {
      const ts = times[lang + v];
      pages.push({ page: path + v, lang, p50: pct(ts, 0.5), max: Math.max(...ts), runs: ts });
    }
  }
}
await (async () => {
  const p = await context.newPage();
  await p.goto(`${url}/assets/app.css`);
  await p.evaluate(() => localStorage.setItem("truce.lang", "en"));
  await p.close();
})();

const page = await context.newPage();
await page.goto(`${url}/map`);
await page.waitForSelector("main[data-ready]", { timeout: 120000 });
const views = [[32.5, 68.5, 5], [31.0, 66.5, 7], [34.0, 71.0, 8], [30.0, 64.0, 6], [33.0, 69.0, 9], [32.5, 68.5, 4], [31.5, 67.0, 10], [35.0, 72.0, 6]];
const moves = [];
let widest = { total: 0, mode: "" };
for (let round = 0; round < 3; round++) {
  for (const [lat, lon, zoom] of views) {
    const ms = await page.evaluate(async ([lat, lon, zoom]) => {
      const el = document.getElementById("map");
      const summary = document.querySelector('[data-testid="map-summary"]');
      const before = Number(summary.dataset.draws || 0);
      const t0 = performance.now();
      el.truceMap.setView([lat, lon], zoom, { animate: false });
      const deadline = t0 + 60000;
      while (Number(summary.dataset.draws || 0) === before && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 5));
      }
      return performance.now() - t0;
    }, [lat, lon, zoom]);
    moves.push(ms);
    const s = await page.locator('[data-testid="map-summary"]').evaluate((e) => ({ total: Number(e.dataset.total), mode: e.dataset.mode }));
    if (s.total >= widest.total) widest = s;
  }
}
console.log(JSON.stringify({
  pages,
  map: { moves: moves.length, p50: pct(moves, 0.5), p95: pct(moves, 0.95), max: Math.max(...moves), total: widest.total, mode: widest.mode },
}));
await browser.close();
