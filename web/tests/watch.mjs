// One visit of the web UI in a real headless Chromium whose profile (and so
// its localStorage) persists between runs: the log watch in the page header
// must say what EXPECT names. Run by crates/cli/tests/web_watch.rs between
// changes it makes to the log.
//
// Env: TRUCE_URL, PROFILE (the browser's profile directory), EXPECT
// ("first", "extends" or "alarm"), OUT (where an alarm's evidence goes),
// SHOT (a screenshot), CHROMIUM (default /usr/bin/chromium).

import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import assert from "node:assert/strict";

const { TRUCE_URL, PROFILE, EXPECT, OUT, SHOT } = process.env;
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const errors = [];
try {
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.setDefaultTimeout(20000);
  await page.goto(TRUCE_URL + "/ledger");
  await page.waitForSelector("main[data-ready]");
  if (EXPECT === "alarm") {
    const alarm = page.locator('[data-testid="log-watch-alarm"]');
    await alarm.waitFor();
    console.log(`alarm: ${await alarm.innerText()}`);
    const file = page.locator('[data-testid="log-watch-evidence"]');
    if (await file.count()) {
      writeFileSync(OUT, await file.textContent());
      // One sentence around the command, in the language's own order.
      assert.match(await alarm.innerText(), /\(check it with truce verify-evidence --log-key …\)/);
      assert.equal(await alarm.locator("code").textContent(), "truce verify-evidence --log-key …");
    }
    // It stays on the next visit.
    await page.reload();
    await alarm.waitFor();
  } else {
    const said = page.locator('[data-testid="log-watch"]');
    await said.waitFor();
    const want = { first: /verified and remembered/, extends: /extends size \d+ that this browser saw/ }[EXPECT];
    try {
      await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid="log-watch"]')?.textContent || ""), want.source);
    } catch (e) {
      throw new Error(`the watch said ${JSON.stringify(await said.innerText())}, not ${want}: ${e.message}; page errors: ${errors.join("; ")}`);
    }
    console.log(`watch: ${await said.innerText()}`);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("truce.watch.")));
    assert.equal(kept.length, 1, "the browser keeps the checkpoint it saw");
  }
  await page.screenshot({ path: SHOT, fullPage: true });
  assert.deepEqual(errors, [], "no uncaught page errors");
  console.log("watch step passed");
} finally {
  await context.close();
}
