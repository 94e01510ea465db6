// The mechanism configured in the browser's structured editor (mechanism.js
// on /compliance), in headless Chromium, against a demo that stops at the
// adopted agreement (`truce demo --stage agreement`). A mediator enrols by
// an invitation, fills the procedure, a commitment and a penalty rule as
// forms, has the server check the terms (a refusal first, then the rules'
// consent and the table of what each rule penalises), reads the same terms
// as JSON, and signs them; the compliance page then holds the commitment.
// Run by crates/cli/tests/web.rs.
//
// Env: TRUCE_URL, TRUCE_BIN, TRUCE_DATA, TRUCE_SHOTS, CHROMIUM.

import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import assert from "node:assert/strict";

const URL_ = process.env.TRUCE_URL;
const DATA = process.env.TRUCE_DATA;
const SHOTS = process.env.TRUCE_SHOTS;
mkdirSync(SHOTS, { recursive: true });
const truce = (...args) => execFileSync(process.env.TRUCE_BIN, args, { encoding: "utf8" }).trim();

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const errors = [];
try {
  const code = JSON.parse(truce("member", "invite", "--url", URL_, "--key", `${DATA}/keys/mediator-turkiye.key`,
    "--member", "tr-mech", "--participant", "tr", "--name", "Mechanism drafter", "--role", "mediator")).code;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.setDefaultTimeout(20000);
  await page.goto(`${URL_}/enrol#code=${code}`);
  await page.getByRole("button", { name: "Create my key and enrol" }).click();
  await page.getByText(/Enrolled at entry \d+/).waitFor();

  await page.goto(`${URL_}/compliance`);
  await page.waitForSelector("main[data-ready]");
  const form = page.locator('form[data-act="mechanism.configure"]');
  await form.waitFor();
  const editor = form.locator('[data-testid="mechanism-editor"]');
  // The agreement's clauses arrive for the clause picker.
  await editor.getByRole("button", { name: "Add a commitment" }).click();
  const c = editor.locator("[data-commitment-form]").first();
  await c.locator('select[name="clause"] option:not([value=""])').first().waitFor({ state: "attached" });
  const clause = await c.locator('select[name="clause"] option:not([value=""])').first().getAttribute("value");
  assert.match(clause, /^art_/);

  // Procedure: territories for the border rule.
  await editor.getByLabel(/Territory of Afghanistan/).fill("Afghanistan");
  await editor.getByLabel(/Territory of Pakistan/).fill("Pakistan");

  // A commitment with no clause: the server names what is wrong.
  await c.locator('input[name="id"]').fill("ceasefire-af");
  await c.locator('select[name="modality"]').selectOption("prohibition");
  await c.locator('select[name="bearer"]').selectOption("af");
  await c.locator('select[name="beneficiary"]').selectOption("pk");
  await c.locator('textarea[name="action"]').fill("No armed attack on the other party's forces or territory.");
  await c.locator('textarea[name="verification"]').fill("Reports verified by a joint team");
  // Categories by their labels, in the "what breaches it" boxes.
  const breaches = c.getByRole("group", { name: "Incidents that breach it" });
  await breaches.getByLabel("armed clash").check();
  await breaches.getByLabel("shelling").check();
  await form.getByRole("button", { name: "Check against the rules" }).click();
  const verdict = form.locator('[data-testid="mechanism-check"] .notice');
  await verdict.waitFor();
  assert.match(await verdict.innerText(), /refuse|clause/i, "a commitment without a clause is refused");

  await c.locator('select[name="clause"]').selectOption(clause);
  // A penalty rule for the commitment, and one that penalises nothing.
  await editor.getByRole("button", { name: "Add a rule" }).click();
  await editor.getByRole("button", { name: "Add a rule" }).click();
  const rules = editor.locator("[data-rule-form]");
  await rules.nth(0).locator('input[name="id"]').fill("first-notice");
  await rules.nth(0).locator('select[name="penalty"]').selectOption("formal_notice");
  await rules.nth(1).locator('select[name="penalty"]').selectOption("formal_notice");
  await rules.nth(0).getByRole("group", { name: "Categories it counts" }).getByLabel("armed clash").check();
  await rules.nth(0).locator('textarea[name="detail"]').fill("Formal notice to the head of delegation");
  await rules.nth(1).locator('input[name="id"]').fill("propaganda-notice");
  await rules.nth(1).getByRole("group", { name: "Categories it counts" }).getByLabel("hostile propaganda").check();
  await rules.nth(1).locator('textarea[name="detail"]').fill("Formal notice");
  await form.getByRole("button", { name: "Check against the rules" }).click();
  await verdict.waitFor();
  assert.match(await verdict.getAttribute("class"), /\bok\b/, `the rules' verdict: ${await verdict.innerText()}`);
  const table = form.locator('[data-testid="mechanism-consequences"]');
  assert.match(await table.locator('[data-rule="first-notice"]').innerText(), /ceasefire-af/);
  assert.match(await table.locator('[data-rule="propaganda-notice"]').innerText(), /no commitment: this rule penalises no breach/);
  await page.screenshot({ path: `${SHOTS}/mechanism-editor.png`, fullPage: true });

  // The same terms as JSON; edited there and read back into the form.
  await form.locator("details.json-terms summary").click();
  await page.waitForFunction(() => document.querySelector('textarea[name="mechanism"]').value !== "");
  const json = JSON.parse(await form.locator('textarea[name="mechanism"]').inputValue());
  assert.equal(json.commitments[0].id, "ceasefire-af");
  assert.equal(json.commitments[0].clause, clause);
  assert.deepEqual(json.commitments[0].breached_by, ["armed_clash", "shelling"]);
  assert.deepEqual(json.territories, { af: "Afghanistan", pk: "Pakistan" });
  assert.deepEqual(json.penalties.map((r) => r.id), ["first-notice", "propaganda-notice"]);
  json.penalties = json.penalties.slice(0, 1);
  json.reply_hours = 48;
  // Regression (review): free text keeps its line breaks through the form.
  json.commitments[0].verification = "Reports verified by a joint team.\nSite visits where both parties agree.";
  await form.locator('textarea[name="mechanism"]').fill(JSON.stringify(json, null, 2));
  // Edited as JSON and not read into the form: neither checked nor signed.
  await form.getByRole("button", { name: "Check against the rules" }).click();
  await verdict.waitFor();
  assert.match(await verdict.innerText(), /read it into the form first/);
  await form.getByRole("button", { name: "Read this JSON into the form" }).click();
  assert.equal(await editor.locator("[data-rule-form]").count(), 1);
  // The form keeps what it was given: read back, the JSON is the same terms
  // (no default the page would pick is added).
  await form.locator("details.json-terms summary").click();
  await page.evaluate(() => { document.querySelector('textarea[name="mechanism"]').value = ""; });
  await form.locator("details.json-terms summary").click();
  await page.waitForFunction(() => document.querySelector('textarea[name="mechanism"]').value !== "");
  assert.deepEqual(JSON.parse(await form.locator('textarea[name="mechanism"]').inputValue()), json);
  // Regression (review): the form edited while its JSON is open is what is
  // signed, and the JSON follows it.
  await editor.locator('input[name="reply_hours"]').fill("36");
  await page.waitForFunction(() => JSON.parse(document.querySelector('textarea[name="mechanism"]').value).reply_hours === 36);
  assert.equal(await editor.locator('input[name="reply_hours"]').inputValue(), "36");

  // Signed from the form: the compliance page now holds the commitment.
  await form.getByRole("button", { name: "Sign the mechanism's terms" }).click();
  await page.locator('[data-testid="act-result"] .notice.ok').waitFor();
  await page.locator('[data-commitment="ceasefire-af"]').waitFor();
  const terms = JSON.parse(await page.evaluate(async () => JSON.stringify(await (await fetch("/api/v1/mechanism")).json())));
  assert.equal(terms.reply_hours, 36);
  assert.equal(terms.commitments[0].verification, json.commitments[0].verification);
  assert.deepEqual(terms.penalties.map((r) => r.id), ["first-notice"]);
  assert.equal(await page.locator('form[data-act="mechanism.configure"]').count(), 0, "configured once: no longer offered");
  assert.deepEqual(errors, [], `uncaught page errors: ${errors.join("; ")}`);
  console.log("mechanism: configured in the browser");
} catch (e) {
  console.error(`mechanism test failed: ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
