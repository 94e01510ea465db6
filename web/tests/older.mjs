// The public page of a log with more communiqués than the public record
// holds at a glance: it shows the newest 100, and "show older" pages the
// rest in from /api/v1/public/lists, oldest first, until none is left.
// Run by crates/cli/tests/web.rs after it appends 130 communiqués titled
// "communiqué 1" … "communiqué 130".
//
// Env: TRUCE_URL, TRUCE_SHOTS (where the screenshot goes), CHROMIUM.

import { chromium } from "playwright-core";
import assert from "node:assert/strict";

const { TRUCE_URL, TRUCE_SHOTS } = process.env;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.setDefaultTimeout(20000);
  await page.goto(TRUCE_URL + "/public");
  await page.waitForSelector("main[data-ready]");
  const titles = () => page.locator('[data-testid="pub-communiques"] .communique h3').allInnerTexts();
  let shown = await titles();
  assert.equal(shown.length, 100, "the newest 100 at a glance");
  assert.equal(shown[0], "communiqué 31");
  assert.equal(shown[99], "communiqué 130");
  const older = page.locator('[data-testid="pub-older-communiques"]');
  assert.match(await older.innerText(), /30/, "the button says how many are older");
  await older.click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="pub-communiques"] .communique').length === 130);
  shown = await titles();
  assert.deepEqual(shown, Array.from({ length: 130 }, (_, i) => `communiqué ${i + 1}`), "every one, oldest first");
  assert.equal(await older.count(), 0, "nothing older is left to show");
  await page.screenshot({ path: `${TRUCE_SHOTS}/public-older.png`, fullPage: false });
  assert.deepEqual(errors, [], "no uncaught page errors");
  console.log("older step passed");
} finally {
  await browser.close();
}
