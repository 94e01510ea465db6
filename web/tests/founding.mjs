// A whole process set up and run from the browser alone, in headless
// Chromium, one browser context per person, with no CLI step and no key
// file: the log was made by `truce init --founding-invitation`, whose one
// code is all this script is given. The secretariat enrols with it, defines
// the process, adds the participants and invites the members; they enrol with keys
// made in their browsers; a round is scheduled and opened, a deadline set, a
// communiqué issued; the parties draft in the clause editor (one from a
// .docx) and the shuttle runs to adoption; the mediators configure the
// mechanism in its editor; a report goes to case, reply, assessment,
// finding, vote, penalty, appeal from the party's page, decision and
// serving. The relay, a signature, the reply, the vote and the appeal are
// taken with the keyboard alone. Run by crates/cli/tests/web.rs, which then checks that every
// entry of the log was signed by the log key or a key enrolled here.
//
// Env: TRUCE_URL, TRUCE_FOUNDING_CODE, TRUCE_SHOTS, CHROMIUM.

import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import assert from "node:assert/strict";

const URL_ = process.env.TRUCE_URL;
const CODE = process.env.TRUCE_FOUNDING_CODE;
const SHOTS = process.env.TRUCE_SHOTS;
mkdirSync(SHOTS, { recursive: true });
const step = (s) => console.log(`step: ${s}`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const errors = [];
async function person(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
  page.setDefaultTimeout(20000);
  return { name, context, page };
}
async function visit(p, path) {
  await p.page.goto(URL_ + path);
  await p.page.waitForSelector("main[data-ready]");
}
async function inPage(p, fn, arg) {
  return p.page.evaluate(fn, arg);
}
// The outcome of the last act taken on the page: an ok notice, or the
// server's refusal in the assertion's message.
async function done(p, re) {
  const loc = p.page.locator('[data-testid="act-result"] .notice').last();
  await loc.waitFor();
  const text = await loc.innerText();
  assert.match(await loc.getAttribute("class"), /\bok\b/, `${p.name}: ${text}`);
  if (re) assert.match(text, re, `${p.name}: ${text}`);
  return text;
}
async function enrolAt(p, url, re) {
  await p.page.goto(url);
  await p.page.waitForSelector("main[data-ready]");
  if (re) await p.page.getByText(re).waitFor();
  await p.page.getByRole("button", { name: "Create my key and enrol" }).click();
  await p.page.getByText(/Enrolled at entry \d+/).waitFor();
  assert.match(await p.page.locator("#who").innerText(), /Signed in/);
}
// Keyboard only: Tab from the top of the main content until an element
// matching `selector` holds the focus (bounded), as a keyboard user would.
async function tabTo(p, selector) {
  for (let i = 0; i < 300; i++) {
    if (await p.page.evaluate((s) => Boolean(document.activeElement?.matches?.(s)), selector)) return;
    await p.page.keyboard.press("Tab");
  }
  throw new Error(`${p.name}: ${selector} cannot be reached with Tab`);
}
async function fromTop(p) {
  await p.page.locator("#main").focus();
}
// Fill and sign one act form of /process.
async function processAct(p, kind, fill) {
  const form = p.page.locator(`form[data-act="${kind}"]`).first();
  await form.waitFor();
  await fill(form);
  await form.locator('button[type="submit"]').click();
  return done(p);
}
async function invite(p, member, participant, name, roles) {
  await visit(p, "/process");
  const text = await processAct(p, "member.invite", async (f) => {
    await f.locator('input[name="member"]').fill(member);
    await f.locator('select[name="participant"]').selectOption(participant);
    await f.locator('input[name="name"]').fill(name);
    for (const box of await f.locator('input[name="roles"]').all()) {
      await box.setChecked(roles.includes(await box.getAttribute("value")));
    }
  });
  assert.match(text, /entry \d+/);
  const url = await p.page.locator('[data-testid="invite-url"]').getAttribute("href");
  assert.match(url, /\/enrol#code=/);
  return url;
}

try {
  const sec = await person("secretariat");
  step("the secretariat enrols with the founding invitation; its key is made in the browser");
  await enrolAt(sec, `${URL_}/enrol#code=${CODE}`, /A founding invitation/);
  {
    const again = await person("thief");
    await visit(again, "/enrol");
    await again.page.getByLabel("Invitation code").fill(CODE);
    await again.page.getByRole("button", { name: "Look up invitation" }).click();
    await again.page.getByText(/already used/).waitFor();
    await again.context.close();
  }

  step("the secretariat defines the process and adds its participants");
  await visit(sec, "/process");
  await processAct(sec, "process.define", async (f) => {
    await f.locator('input[name="process"]').fill("pk-af-browser");
    await f.locator('input[name="title"]').fill("Talks set up in the browser");
    await f.locator('input[name="witness_quorum"]').fill("2");
  });
  for (const [id, kind, name] of [
    ["tr", "mediator", "Republic of Türkiye (mediator)"],
    ["qa", "mediator", "State of Qatar (mediator)"],
    ["pk", "party", "Pakistan delegation"],
    ["af", "party", "Afghanistan delegation"],
  ]) {
    await processAct(sec, "participant.add", async (f) => {
      await f.locator('input[name="participant"]').fill(id);
      await f.locator('select[name="kind"]').selectOption(kind);
      await f.locator('input[name="name"]').fill(name);
    });
  }
  assert.equal(await sec.page.locator('[data-testid="participants"] li').count(), 4);

  step("a refusal is said in the reader's language, from the server's reason");
  // A participant id that exists: the server refuses it; the page says the
  // reason in the reader's language from the reasons catalogue, fetched
  // only now, with the nested noun ("participant") in that language too.
  for (const [lang, ends] of [
    ["tr", 'katılımcı "pk" zaten var'],
    ["ur", "شریک «pk» پہلے سے موجود ہے"],
  ]) {
    await sec.page.evaluate((l) => localStorage.setItem("truce.lang", l), lang);
    await visit(sec, "/process");
    const f = sec.page.locator('form[data-act="participant.add"]').first();
    await f.locator('input[name="participant"]').fill("pk");
    await f.locator('select[name="kind"]').selectOption("party");
    await f.locator('input[name="name"]').fill("Again");
    const [reasons] = await Promise.all([
      sec.page.waitForResponse((r) => r.url().endsWith(`/assets/i18n/reasons/${lang}.ftl`)),
      f.locator('button[type="submit"]').click(),
    ]);
    assert.equal(reasons.status(), 200);
    const refusal = sec.page.locator(".notice.error").first();
    await refusal.waitFor();
    // Isolation marks aside, the sentence is the catalogue's.
    const said = (await refusal.textContent()).replace(/[\u2066-\u2069]/g, "");
    assert.doesNotMatch(said, /already exists/, said);
    assert.ok(said.endsWith(ends), `${lang}: ${JSON.stringify(said)} should end ${JSON.stringify(ends)}`);
  }
  await sec.page.evaluate(() => localStorage.setItem("truce.lang", "en"));
  await visit(sec, "/process");

  step("the secretariat invites the members; each enrols in a browser of its own");
  const tr = await person("tr"), qa = await person("qa"), pk = await person("pk"), af = await person("af");
  const trUrl = await invite(sec, "tr-med", "tr", "Türkiye mediation", ["mediator", "witness", "secretariat"]);
  const pkUrl = await invite(sec, "pk-head", "pk", "Pakistan head of delegation", ["signatory", "delegate"]);
  const afUrl = await invite(sec, "af-head", "af", "Afghanistan head of delegation", ["signatory", "delegate"]);
  const qaUrl = await invite(sec, "qa-med", "qa", "Qatar mediation", ["mediator", "witness"]);
  await enrolAt(tr, trUrl);
  await enrolAt(pk, pkUrl);
  await enrolAt(af, afUrl);
  await enrolAt(qa, qaUrl);
  // A member of the secretariat is no founder: the ledger's registrar
  // rights are the genesis's to give, so it is offered no invitation.
  await visit(tr, "/process");
  assert.equal(await tr.page.locator('form[data-act="member.invite"]').count(), 0);
  await visit(sec, "/process");
  for (const m of ["tr-med", "qa-med", "pk-head", "af-head"]) {
    await sec.page.locator(`[data-testid="members"] tr[data-member="${m}"]`).waitFor();
  }
  assert.equal(await sec.page.locator('[data-testid="invitations"] .inv-used').count(), 4);
  await sec.page.screenshot({ path: `${SHOTS}/founding-process.png`, fullPage: true });

  step("a round is scheduled and opened, a deadline set, a communiqué issued");
  const today = new Date().toISOString().slice(0, 10);
  const inAWeek = new Date(Date.now() + 7 * 86400e3).toISOString().slice(0, 10);
  await visit(sec, "/process");
  await processAct(sec, "round.scheduled", async (f) => {
    await f.locator('input[name="round"]').fill("r1");
    await f.locator('input[name="title"]').fill("First round");
    await f.locator('input[name="place"]').fill("Doha");
    await f.locator('input[name="starts"]').fill(today);
    await f.locator('input[name="ends"]').fill(inAWeek);
  });
  await sec.page.locator('details:has(form[data-act="round.transition"]) > summary').first().click();
  await processAct(sec, "round.transition", async (f) => {
    await f.locator('select[name="to"]').selectOption("in_session");
  });
  await processAct(sec, "deadline.set", async (f) => {
    await f.locator('input[name="title"]').fill("Replies to the first draft");
    await f.locator('input[name="due"]').fill(inAWeek);
  });
  await processAct(sec, "communique", async (f) => {
    await f.locator('input[name="title"]').fill("Talks open");
    await f.locator('textarea[name="text"]').fill("The first round opened in Doha.");
  });
  await sec.page.locator('[data-testid="timeline"]').waitFor();

  step("pk drafts from a .docx in the clause editor; the mediator relays it; af amends it in the editor");
  {
    const { Document, Packer, Paragraph, HeadingLevel, TextRun } = await import("docx");
    const para = (text, heading) => new Paragraph({ heading, children: [new TextRun(text)] });
    const buf = await Packer.toBuffer(new Document({ sections: [{ children: [
      para("Ceasefire arrangements", HeadingLevel.HEADING_1),
      para("Ceasefire", HeadingLevel.HEADING_2),
      para("The parties cease all armed attacks on each other's forces and territory."),
      para("The mediators verify reports of breaches."),
    ] }] }));
    await visit(pk, "/negotiation");
    const fresh = pk.page.locator('[data-act="draft.submit"][data-on="process"]');
    // The first draft's form is open (it folds only beside an amendment's).
    await fresh.waitFor();
    await fresh.locator("summary", { hasText: "Import a draft" }).click();
    await fresh.locator('input[name="new_docx"]').setInputFiles({ name: "ceasefire.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: buf });
    await fresh.getByText(/Imported 1 articles, 2 clauses/).waitFor();
    await fresh.locator('input[name="new_version"]').fill("v1");
    await fresh.getByRole("button", { name: "Submit new draft" }).click();
    await done(pk, /Draft submitted: entry \d+/);
  }
  // Pasted text opens an article at the word for "article" in each of the
  // process's languages, not only at "Article" or "#".
  {
    const pasted = await inPage(pk, async () => {
      const m = await import("/assets/editor.js");
      return ["Article 2 Scope", "Madde 2 Kapsam", "المادة 2 النطاق", "ماده ۲ دامنه", "دفعہ 2 دائرہ کار", "# 2 Scope"]
        .map((head) => m.importText(`${head}\n\nThe text.`, "en").articles.map((a) => a.paragraphs.length));
    });
    assert.deepEqual(pasted, [[1], [1], [1], [1], [1], [1]], JSON.stringify(pasted));
  }
  await visit(tr, "/negotiation?version=v1");
  await tr.page.getByLabel("Afghanistan delegation").check();
  await tr.page.getByRole("button", { name: "Relay" }).click();
  await done(tr, /Relayed: entry \d+/);
  await visit(af, "/negotiation?version=v1");
  {
    const amend = af.page.locator('[data-act="draft.submit"][data-on="version:v1"]');
    const first = amend.locator('[data-testid="clause-editor"] fieldset.article').first().locator(".paragraph").last();
    await first.locator('textarea[lang="en"]').fill("Joint teams verify reports of breaches within 72 hours.");
    await amend.getByRole("button", { name: "Show what this version changes" }).click();
    assert.match(await amend.locator('[data-testid="pre-send-diff"]').innerText(), /changed/);
    await amend.locator('input[name="version"]').fill("v2");
    await amend.getByRole("button", { name: "Submit draft" }).click();
    await done(af, /Draft submitted: entry \d+/);
  }
  step("keyboard only: the second mediator relays v2 to pk");
  await visit(qa, "/negotiation?version=v2");
  await fromTop(qa);
  await tabTo(qa, '[data-act="draft.relay"] input[type="checkbox"][value="pk"]');
  await qa.page.keyboard.press("Space");
  await tabTo(qa, '[data-act="draft.relay"] button[type="submit"]');
  await qa.page.keyboard.press("Enter");
  await done(qa, /Relayed: entry \d+/);

  step("both parties sign v2 (pk by keyboard only); both mediators witness; it is adopted");
  await visit(pk, "/negotiation?version=v2");
  await fromTop(pk);
  await tabTo(pk, '[data-act="agreement.sign"] button[type="submit"]');
  await pk.page.keyboard.press("Enter");
  await done(pk, /Signed: entry \d+/);
  await visit(af, "/negotiation?version=v2");
  await af.page.getByRole("button", { name: "Sign this version" }).click();
  await done(af, /Signed: entry \d+/);
  for (const p of [tr, qa]) {
    await visit(p, "/negotiation?version=v2");
    await p.page.getByRole("button", { name: "Witness this version" }).click();
    await done(p, /Witnessed: entry \d+/);
  }
  assert.equal(await inPage(pk, async () => (await (await fetch("/api/v1/process")).json()).agreement), "v2");

  step("the mediators configure the mechanism in its editor");
  await visit(tr, "/compliance");
  {
    const form = tr.page.locator('form[data-act="mechanism.configure"]');
    const editor = form.locator('[data-testid="mechanism-editor"]');
    await editor.getByRole("button", { name: "Add a commitment" }).click();
    const c = editor.locator("[data-commitment-form]").first();
    await c.locator('select[name="clause"] option:not([value=""])').first().waitFor({ state: "attached" });
    await c.locator('select[name="clause"]').selectOption(await c.locator('select[name="clause"] option:not([value=""])').first().getAttribute("value"));
    await editor.getByLabel(/Territory of Afghanistan/).fill("Afghanistan");
    await editor.getByLabel(/Territory of Pakistan/).fill("Pakistan");
    await c.locator('input[name="id"]').fill("ceasefire-af");
    await c.locator('select[name="modality"]').selectOption("prohibition");
    await c.locator('select[name="bearer"]').selectOption("af");
    await c.locator('select[name="beneficiary"]').selectOption("pk");
    await c.locator('textarea[name="action"]').fill("No armed attack on the other party's forces or territory.");
    await c.locator('textarea[name="verification"]').fill("Reports verified by a joint team");
    await c.getByRole("group", { name: "Incidents that breach it" }).getByLabel("armed clash").check();
    await editor.getByRole("button", { name: "Add a rule" }).click();
    const rule = editor.locator("[data-rule-form]").first();
    await rule.locator('input[name="id"]').fill("first-notice");
    await rule.locator('select[name="penalty"]').selectOption("formal_notice");
    await rule.getByRole("group", { name: "Categories it counts" }).getByLabel("armed clash").check();
    await rule.locator('textarea[name="detail"]').fill("Formal notice to the head of delegation");
    await form.getByRole("button", { name: "Check against the rules" }).click();
    const verdict = form.locator('[data-testid="mechanism-check"] .notice');
    await verdict.waitFor();
    assert.match(await verdict.getAttribute("class"), /\bok\b/, await verdict.innerText());
    await form.getByRole("button", { name: "Sign the mechanism's terms" }).click();
    await tr.page.locator('[data-commitment="ceasefire-af"]').waitFor();
  }

  step("pk reports an incident on the map; a mediator opens a case with a joint team; af replies; the team assesses");
  await visit(pk, "/map");
  let incident;
  {
    const rf = pk.page.getByRole("region", { name: "Report an incident" });
    const box = await pk.page.locator("#map").boundingBox();
    await pk.page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.6);
    await rf.locator('input[name="lat"]').fill("30.915");
    await rf.locator('input[name="lon"]').fill("66.452");
    await rf.locator('input[name="occurred"]').fill(new Date(Date.now() - 3600e3).toISOString().slice(0, 16));
    await rf.locator('select[name="category"]').selectOption("armed_clash");
    await rf.locator('select[name="alleged_party"]').selectOption("af");
    await rf.locator('input[name="place"]').fill("Chaman crossing");
    await rf.locator('textarea[name="narrative"]').fill("Fire was exchanged at a border post near the crossing.");
    await rf.getByRole("button", { name: "Sign and file report" }).click();
    const filed = pk.page.locator('[data-testid="report-result"] .notice').last();
    await filed.waitFor();
    incident = /Report (inc-[0-9a-f]+) filed/.exec(await filed.innerText())?.[1];
    assert.ok(incident, await filed.innerText());
  }
  await visit(tr, "/verification");
  await tr.page.locator('input[name="incident_search"]').fill(incident);
  await tr.page.locator('select[name="incidents"]').selectOption(incident);
  await tr.page.locator('select[name="accused"]').selectOption("af");
  {
    const openCase = tr.page.locator('[data-act="case.open"][data-on="incidents"]');
    for (const m of ["tr-med", "pk-head", "af-head"]) await openCase.locator(`input[name="team"][value="${m}"]`).check();
    await tr.page.getByRole("button", { name: "Sign and open case" }).click();
    await tr.page.getByText(/Case opened: entry \d+/).waitFor();
  }
  const caseId = await tr.page.locator(`article.case:has-text("${incident}")`).getAttribute("data-case");
  assert.ok(caseId);
  // af replies by keyboard only.
  await visit(af, "/verification");
  await fromTop(af);
  await tabTo(af, `article[data-case="${caseId}"] textarea[name="statement"]`);
  await af.page.keyboard.type("Our forces returned fire only.");
  await tabTo(af, `article[data-case="${caseId}"] [data-act="case.reply"] button[type="submit"]`);
  await af.page.keyboard.press("Enter");
  await af.page.getByText(/Reply filed: entry \d+/).waitFor();
  await visit(tr, "/verification");
  const trCase = () => tr.page.locator(`article[data-case="${caseId}"]`);
  await trCase().locator('select[name="outcome"]').selectOption("confirmed");
  await trCase().locator('textarea[name="note"]').fill("The post's log and both statements agree that fire was exchanged.");
  await trCase().getByRole("button", { name: "Sign assessment" }).click();
  await tr.page.getByText(/Assessment filed: entry \d+/).waitFor();

  step("a finding is proposed and voted in the browser; the prescribed penalty is imposed");
  await visit(tr, "/verification");
  await trCase().locator('select[name="finding_outcome"]').selectOption("confirmed");
  await trCase().locator('select[name="finding_category"]').selectOption("armed_clash");
  await trCase().locator('select[name="severity"]').selectOption("serious");
  await trCase().locator('textarea[name="summary"]').fill("An armed clash from the af side is confirmed.");
  await trCase().getByRole("button", { name: "Sign and propose" }).click();
  await tr.page.getByText(/Finding proposed: entry \d+/).waitFor();
  // qa votes by keyboard only.
  await visit(qa, "/verification");
  await fromTop(qa);
  await tabTo(qa, `article[data-case="${caseId}"] [data-act="finding.vote"] button[type="submit"]`);
  await qa.page.keyboard.press("Enter");
  await done(qa, /Vote cast: entry \d+/);
  await visit(tr, "/verification");
  await trCase().getByText(/in effect at entry \d+/).waitFor();
  await trCase().getByRole("button", { name: /Impose the prescribed penalty/ }).click();
  await tr.page.getByText(/Penalty imposed: entry \d+/).waitFor();

  step("af appeals from its own page, by keyboard only; the mediator decides and serves the penalty");
  await visit(af, "/verification");
  await fromTop(af);
  await tabTo(af, `article[data-case="${caseId}"] [data-act="penalty.appeal"] textarea[name="grounds"]`);
  await af.page.keyboard.type("Our forces returned fire and did not start it.");
  await tabTo(af, `article[data-case="${caseId}"] [data-act="penalty.appeal"] button[type="submit"]`);
  await af.page.keyboard.press("Enter");
  await done(af, /Appeal filed: entry \d+/);
  await visit(tr, "/verification");
  {
    const decide = tr.page.locator(`article[data-case="${caseId}"] [data-act="appeal.decide"]`);
    await decide.locator('select[name="decision"]').selectOption("upheld");
    await decide.locator('textarea[name="decision_reason"]').fill("The post's log shows the first shots came from the af side.");
    await decide.getByRole("button", { name: "Sign decision" }).click();
    await done(tr, /Appeal decided: entry \d+/);
  }
  await visit(tr, "/verification");
  {
    const serve = tr.page.locator(`article[data-case="${caseId}"] details:has([data-act="penalty.serve"])`);
    await serve.locator("summary").click();
    await serve.locator('input[name="serve_note"]').fill("Formal notice delivered.");
    await serve.getByRole("button", { name: "Sign: served" }).click();
    await done(tr, /Penalty served: entry \d+/);
  }
  await tr.page.screenshot({ path: `${SHOTS}/founding-verification.png`, fullPage: true });
  assert.deepEqual(errors, [], `uncaught page errors: ${errors.join("; ")}`);
  console.log("founding: a whole process run from the browser");
} catch (e) {
  console.error(`founding test failed: ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
