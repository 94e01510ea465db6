// End-to-end test of the web UI in a real headless Chromium (Debian's
// `chromium`, driven by playwright-core), in every language of the
// interface at the end. Run by crates/cli/tests/web.rs
// against a served copy of the demo; the secretariat's acts that have no
// page here (invitations, the second mediator's witness and vote, removing
// a member) go through the `truce` CLI with the demo's key files.
//
// Env: TRUCE_URL, TRUCE_BIN, TRUCE_DATA (the demo directory), TRUCE_SHOTS
// (where screenshots go), CHROMIUM (default /usr/bin/chromium).

import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import assert from "node:assert/strict";

const URL_ = process.env.TRUCE_URL;
const BIN = process.env.TRUCE_BIN;
const DATA = process.env.TRUCE_DATA;
const SHOTS = process.env.TRUCE_SHOTS;
mkdirSync(SHOTS, { recursive: true });
const key = (who) => `${DATA}/keys/${who}.key`;
const truce = (...args) => execFileSync(BIN, args, { encoding: "utf8" }).trim();
const conn = (who) => ["--url", URL_, "--key", key(who)];
const steps = [];
const step = (s) => { steps.push(s); console.log(`step: ${s}`); };

function invite(member, participant, name, roles) {
  const out = JSON.parse(truce("member", "invite", ...conn("mediator-turkiye"), "--member", member,
    "--participant", participant, "--name", name, ...roles.flatMap((r) => ["--role", r])));
  return out.code;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const errors = [];
async function person(name, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
  page.setDefaultTimeout(20000);
  return { name, context, page };
}
async function visit(p, path) {
  await p.page.goto(URL_ + path);
  await p.page.waitForSelector("main[data-ready]");
}
async function shot(p, file) {
  await p.page.screenshot({ path: `${SHOTS}/${file}.png`, fullPage: true });
}
async function inPage(p, fn, arg) {
  return p.page.evaluate(fn, arg);
}
// The invitation link as the demo prints it: the code in the fragment is
// looked up at once and dropped from the address; one click enrols.
async function enrol(p, code, member) {
  await visit(p, `/enrol#code=${code}`);
  await p.page.getByRole("button", { name: "Create my key and enrol" }).click();
  assert.ok(!p.page.url().includes(code), "the code is dropped from the address");
  await p.page.getByText(/Enrolled at entry \d+/).waitFor();
  assert.match(await p.page.locator("#who").innerText(), new RegExp(`Signed in as ${member}`));
}
async function result(p, testid, re) {
  const loc = p.page.locator(`[data-testid="${testid}"] .notice`).last();
  await loc.waitFor();
  const text = await loc.innerText();
  assert.match(text, re, `${p.name}: ${text}`);
  return text;
}

// Every act the server offers this person is on some page, and no page
// shows an act that is not offered: the pages hold no rule of their own.
const PAGES = ["/", "/process", "/map", "/verification", "/compliance", "/negotiation"];
async function actsOnPages(p) {
  const offers = await inPage(p, async () => (await (await fetch("/api/v1/acts")).json()).offers);
  const key = (kind, on) => `${kind}@${on}`;
  const want = new Set(offers.map((o) => key(o.kind, o.on.id ? `${o.on.type}:${o.on.id}` : o.on.type)));
  const versions = await inPage(p, async () => (await (await fetch("/api/v1/versions")).json()).map((v) => v.id));
  const seen = new Set();
  for (const path of [...PAGES, ...versions.map((v) => `/negotiation?version=${encodeURIComponent(v)}`)]) {
    await visit(p, path);
    const found = await p.page.locator("[data-act]").evaluateAll((els) => els.map((e) => `${e.dataset.act}@${e.dataset.on}`));
    for (const x of found) seen.add(x);
  }
  const extra = [...seen].filter((x) => !want.has(x));
  const missing = [...want].filter((x) => !seen.has(x));
  assert.deepEqual(extra, [], `${p.name}: pages show acts the server does not offer`);
  assert.deepEqual(missing, [], `${p.name}: offered acts no page shows`);
  return new Set(offers.map((o) => o.kind));
}

try {
  // The secretariat invites the members who will use the browser; an
  // observer participant shows what a reader without rights gets.
  truce("process", "add-participant", ...conn("mediator-turkiye"), "--id", "obs", "--kind", "observer", "--name", "Observer mission");
  const codes = {
    pk: invite("pk-web", "pk", "Pakistan delegation (browser)", ["signatory", "delegate"]),
    af: invite("af-web", "af", "Afghanistan delegation (browser)", ["signatory", "delegate"]),
    tr: invite("tr-web", "tr", "Türkiye mediation (browser)", ["mediator", "witness"]),
    obs: invite("obs-web", "obs", "Observer (browser)", ["observer"]),
  };
  const pk = await person("pk"), af = await person("af"), tr = await person("tr"), obs = await person("obs");

  step("enrol four members with invitation codes; keys made in the browser");
  await enrol(pk, codes.pk, "pk-web");
  await enrol(af, codes.af, "af-web");
  await enrol(tr, codes.tr, "tr-web");
  await enrol(obs, codes.obs, "obs-web");
  const keyInfo = await inPage(pk, async () => {
    const m = await import("/assets/core.js");
    const k = await m.loadKey();
    let exported = "no";
    try { await crypto.subtle.exportKey("pkcs8", k.privateKey); exported = "yes"; } catch { /* expected */ }
    return { extractable: k.privateKey.extractable, exported, id: k.id };
  });
  assert.equal(keyInfo.extractable, false, "the browser key must be non-extractable");
  assert.equal(keyInfo.exported, "no");
  step("a used invitation code is refused");
  {
    const again = await person("again");
    await visit(again, "/enrol");
    await again.page.getByLabel("Invitation code").fill(codes.pk);
    await again.page.getByRole("button", { name: "Look up invitation" }).click();
    await again.page.getByText(/already used/).waitFor();
    await again.context.close();
  }

  step("every role: the pages show exactly the acts the server offers, from the domain's rules");
  {
    const kinds = {};
    for (const p of [pk, af, tr, obs]) kinds[p.name] = await actsOnPages(p);
    // Spot checks against the rules: only the mediators relay and schedule;
    // a party's signatory signs, a mediator witnesses; the observer has no act on the drafts.
    assert.ok(kinds.tr.has("round.scheduled") && kinds.tr.has("case.open"), [...kinds.tr].join(" "));
    assert.ok(!kinds.pk.has("draft.relay") && !kinds.pk.has("round.scheduled") && !kinds.pk.has("case.open"), [...kinds.pk].join(" "));
    assert.ok(kinds.pk.has("incident.report") && kinds.pk.has("draft.submit"), [...kinds.pk].join(" "));
    assert.ok(!["draft.submit", "draft.relay", "agreement.sign", "case.open", "finding.vote"].some((k) => kinds.obs.has(k)), [...kinds.obs].join(" "));
  }

  step("sign out and sign in again by challenge-response");
  await visit(pk, "/");
  await pk.page.getByRole("button", { name: "Sign out" }).click();
  await pk.page.waitForURL(/\/signin$/);
  await pk.page.locator("main[data-ready]").waitFor();
  assert.match(await pk.page.locator("#who").innerText(), /Public view/);
  assert.equal(await inPage(pk, async () => (await fetch("/api/v1/versions")).status), 200);
  assert.equal(await inPage(pk, async () => (await (await fetch("/api/v1/whoami")).json()).kind), "public");
  await pk.page.getByRole("button", { name: "Sign in with this browser's key" }).click();
  await pk.page.waitForURL(/\/$/);
  await pk.page.locator("main[data-ready]").waitFor();
  assert.match(await pk.page.locator("#who").innerText(), /Signed in as pk-web/);
  const cookie = (await pk.context.cookies()).find((c) => c.name === "truce_session");
  assert.ok(cookie && cookie.httpOnly && cookie.secure && cookie.sameSite === "Strict", JSON.stringify(cookie));

  step("CSRF: a signed-in change without the token is refused");
  const csrf = await inPage(pk, async () => {
    const r = await fetch("/api/v1/blobs", { method: "POST", body: "x" });
    return [r.status, (await r.json()).error];
  });
  assert.equal(csrf[0], 403);
  assert.match(csrf[1], /X-Truce-CSRF/);

  step("the shuttle: pk amends v4 in the clause editor, sees what changes, and submits v5");
  await visit(pk, "/negotiation?version=v4");
  await shot(pk, "negotiation");
  const amend = pk.page.locator('[data-act="draft.submit"][data-on="version:v4"]');
  await amend.locator('input[name="title-en"]').fill("Modalities of implementation");
  const art4 = amend.locator('[data-testid="clause-editor"] fieldset.article').nth(3).locator(".paragraph").first();
  const eid4 = await art4.getAttribute("data-eid");
  await art4.locator('textarea[lang="en"]').fill("The parties implement the mechanism from 6 November 2025 under the mediators' supervision.");
  // A new bracketed paragraph with an alternative, in the same article.
  await amend.getByRole("button", { name: "Add a paragraph to article 4" }).click();
  const added = amend.locator('[data-testid="clause-editor"] fieldset.article').nth(3).locator(".paragraph").last();
  const addedEid = await added.getAttribute("data-eid");
  assert.ok(addedEid && addedEid !== eid4 && addedEid.startsWith(eid4.split("__")[0]), `a fresh stable id: ${addedEid}`);
  await added.locator('textarea[lang="en"]').fill("Reports are verified within 72 hours.");
  await added.locator(`select[name="status-${addedEid}"]`).selectOption("bracketed");
  await added.locator('.alternative textarea[lang="en"]').fill("Reports are verified within 7 days.");
  await amend.getByRole("button", { name: "Show what this version changes" }).click();
  const preSend = await amend.locator('[data-testid="pre-send-diff"]').innerText();
  assert.match(preSend, new RegExp(`${eid4}\\s+changed`), preSend);
  assert.match(preSend, new RegExp(`${addedEid}\\s+added`), preSend);
  assert.match(preSend, /title\s+changed/, preSend);
  // Back to agreed text for this test's shuttle (nothing bracketed is signed).
  await added.locator(`select[name="status-${addedEid}"]`).selectOption("agreed");
  await amend.locator('input[name="version"]').fill("v5");
  await amend.getByRole("button", { name: "Submit draft" }).click();
  await result(pk, "act-result", /Draft submitted: entry \d+/);
  step("pk writes an internal comment the other party must not see");
  await pk.page.locator("#version-pick").selectOption("v5");
  await pk.page.locator("main[data-ready]").waitFor();
  await pk.page.locator('textarea[name="comment"]').fill("Internal: hold firm on the date.");
  await pk.page.locator('select[name="visibility"]').selectOption("internal");
  await pk.page.getByRole("button", { name: "Add comment" }).click();
  await result(pk, "act-result", /Comment added/);

  step("confidentiality: af cannot read pk's unrelayed draft, from the page or the API");
  await visit(af, "/negotiation");
  assert.equal(await af.page.locator('#version-pick option[value="v5"]').count(), 0);
  assert.equal(await inPage(af, async () => (await fetch("/api/v1/versions/v5")).status), 404);
  assert.equal(await inPage(obs, async () => (await fetch("/api/v1/versions/v5")).status), 404);

  step("live: af's open page gains v5 when the mediator relays it, without reloading");
  const marker = await inPage(af, () => { window.__noReload = true; return true; });
  assert.ok(marker);
  await visit(tr, "/negotiation?version=v5");
  await tr.page.getByLabel("Afghanistan delegation").check();
  await tr.page.getByRole("button", { name: "Relay" }).click();
  await result(tr, "act-result", /Relayed: entry \d+/);
  await af.page.locator('#version-pick option[value="v5"]').waitFor({ state: "attached" });
  assert.equal(await inPage(af, () => window.__noReload === true), true, "the page must not have reloaded");
  const afComments = await inPage(af, async () => (await (await fetch("/api/v1/versions/v5/comments")).json()).map((c) => c.text));
  assert.ok(!afComments.some((t) => /hold firm/.test(t)), `af must not see pk's internal comment: ${afComments}`);

  step("both parties sign v5 in their browsers; the mediators witness");
  for (const p of [pk, af]) {
    await visit(p, "/negotiation?version=v5");
    // The signing copy carries the content hash the signature binds to.
    await p.page.getByRole("button", { name: "Show the signing copy" }).click();
    const content = await inPage(p, async () => (await (await fetch("/api/v1/versions/v5")).json()).content);
    assert.equal(await p.page.locator('[data-testid="signing-hash"]').innerText(), content);
    assert.match(await p.page.locator('[data-testid="signing-copy"]').innerText(), /Reports are verified within 72 hours/);
    await p.page.getByRole("button", { name: "Sign this version" }).click();
    await result(p, "act-result", /Signed: entry \d+/);
  }
  await visit(tr, "/negotiation?version=v5");
  await tr.page.getByRole("button", { name: "Witness this version" }).click();
  await result(tr, "act-result", /Witnessed: entry \d+/);
  truce("sign", "--witness", ...conn("mediator-qatar"), "--version", "v5");
  await visit(pk, "/");
  await pk.page.getByText("Version v5").waitFor();
  assert.match(await pk.page.locator("#main").innerText(), /adopted/);
  await shot(pk, "overview");

  step("af drafts from a .docx imported into the clause editor; the version exports as a .docx that reads back");
  {
    const { Document, Packer, Paragraph, HeadingLevel, TextRun } = await import("docx");
    const para = (text, heading) => new Paragraph({ heading, children: [new TextRun(text)] });
    const buf = await Packer.toBuffer(new Document({ sections: [{ children: [
      para("Border crossings", HeadingLevel.HEADING_1),
      para("Crossings", HeadingLevel.HEADING_2),
      para("Chaman and Torkham reopen for trade within 48 hours."),
      para("Each side posts liaison officers at both crossings."),
    ] }] }));
    await visit(af, "/negotiation");
    const fresh = af.page.locator('[data-act="draft.submit"][data-on="process"]');
    await fresh.locator("xpath=..").locator(":scope > summary").click();
    await fresh.locator("summary", { hasText: "Import a draft" }).click();
    // Pasted text goes into clauses the same way.
    await fresh.locator('textarea[name="new_paste"]').fill("Article 1 Liaison\n\nA hotline links the two sides.\n\nIt is staffed day and night.");
    await fresh.getByRole("button", { name: "Paste into clauses" }).click();
    await fresh.getByText(/Pasted 1 articles, 2 clauses/).waitFor();
    assert.match(await fresh.locator('.paragraph textarea[lang="en"]').nth(1).inputValue(), /staffed day and night/);
    await fresh.locator('input[name="new_docx"]').setInputFiles({ name: "crossings.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: buf });
    await fresh.getByText(/Imported 1 articles, 2 clauses/).waitFor();
    assert.equal(await fresh.locator('input[name="title-en"]').inputValue(), "Border crossings");
    assert.match(await fresh.locator('.paragraph textarea[lang="en"]').first().inputValue(), /Chaman and Torkham reopen/);
    await fresh.locator('input[name="new_version"]').fill("af-crossings-1");
    await fresh.getByRole("button", { name: "Submit new draft" }).click();
    await result(af, "act-result", /Draft submitted: entry \d+/);
    await visit(af, "/negotiation?version=af-crossings-1");
    const [download] = await Promise.all([
      af.page.waitForEvent("download"),
      af.page.getByRole("button", { name: "Download .docx" }).click(),
    ]);
    const mammoth = (await import("mammoth")).default;
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    assert.match(value, /Chaman and Torkham reopen for trade within 48 hours\./, value);
    const content = await inPage(af, async () => (await (await fetch("/api/v1/versions/af-crossings-1")).json()).content);
    assert.ok(value.includes(`Content SHA-256: ${content}`), value);
  }

  step("pk files a report on the map with evidence");
  await visit(pk, "/map");
  const rf = pk.page.getByRole("region", { name: "Report an incident" });
  const box = await pk.page.locator("#map").boundingBox();
  await pk.page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.6);
  assert.notEqual(await rf.locator('input[name="lat"]').inputValue(), "");
  await rf.locator('input[name="lat"]').fill("30.915");
  await rf.locator('input[name="lon"]').fill("66.452");
  await rf.locator('input[name="occurred"]').fill("2026-11-20T22:15");
  await rf.locator('select[name="category"]').selectOption("cross_border_raid");
  await rf.locator('select[name="alleged_party"]').selectOption("af");
  await rf.locator('input[name="place"]').fill("Chaman crossing");
  await rf.locator('textarea[name="narrative"]').fill("Armed men crossed near the Chaman crossing and fired on a border post.");
  // The smallest valid PNG: its bytes must match its declared type.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  await rf.locator('input[name="evidence"]').setInputFiles({ name: "post.png", mimeType: "image/png", buffer: png });
  await rf.getByRole("button", { name: "Sign and file report" }).click();
  const filed = await result(pk, "report-result", /Report (inc-[0-9a-f]+) filed at entry \d+\. Evidence post\.png/);
  const incident = /Report (inc-[0-9a-f]+)/.exec(filed)[1];
  await pk.page.locator('[data-testid="map-summary"]').waitFor();
  await shot(pk, "map");

  step("the mediator opens a case; af replies; the team assesses");
  await visit(tr, "/verification");
  // Pickers, not typed ids: the report from a searchable list, the team from the members.
  await tr.page.locator('input[name="incident_search"]').fill(incident);
  await tr.page.locator('select[name="incidents"]').selectOption(incident);
  await tr.page.locator('select[name="accused"]').selectOption("af");
  const openCase = tr.page.locator('[data-act="case.open"][data-on="incidents"]');
  for (const m of ["tr-web", "pk-web", "af-web"]) await openCase.locator(`input[name="team"][value="${m}"]`).check();
  await tr.page.getByRole("button", { name: "Sign and open case" }).click();
  await tr.page.getByText(/Case opened: entry \d+/).waitFor();
  const caseId = await tr.page.locator(`article.case:has-text("${incident}")`).getAttribute("data-case");
  assert.ok(caseId);
  await visit(af, "/verification");
  const afCase = af.page.locator(`article[data-case="${caseId}"]`);
  await afCase.locator('textarea[name="statement"]').fill("No forces under our command crossed on that night.");
  await afCase.getByRole("button", { name: "Sign and file reply" }).click();
  await af.page.getByText(/Reply filed: entry \d+/).waitFor();
  await visit(tr, "/verification");
  const trCase = () => tr.page.locator(`article[data-case="${caseId}"]`);
  await trCase().locator('select[name="outcome"]').selectOption("confirmed");
  await trCase().locator('textarea[name="note"]').fill("Post logs, the photograph and the crossing's records agree.");
  await trCase().getByRole("button", { name: "Sign assessment" }).click();
  await tr.page.getByText(/Assessment filed: entry \d+/).waitFor();

  step("confidentiality: the observer sees no unpublished case; its finding is refused");
  const obsCases = await inPage(obs, async () => (await (await fetch("/api/v1/cases")).json()).map((c) => c.id));
  assert.ok(!obsCases.includes(caseId), `the observer must not see the unpublished case: ${obsCases}`);
  assert.equal(await inPage(obs, async (c) => (await fetch(`/api/v1/cases/${c}`)).status, caseId), 404);
  const obsFinding = await inPage(obs, async (c) => {
    const m = await import("/assets/core.js");
    try {
      await m.act("finding.propose", { finding: "f-obs", case: c, outcome: "confirmed", party: "af", category: "cross_border_raid", severity: "serious", commitments: [], summary: "x", at: m.nowUtc() });
      return "accepted";
    } catch (e) { return `${e.status} ${e.message}`; }
  }, caseId);
  assert.match(obsFinding, /^403 .*may not/);

  step("finding proposed in the browser, quorum reached, prescribed penalty imposed");
  await visit(tr, "/verification");
  await trCase().locator('select[name="finding_outcome"]').selectOption("confirmed");
  await trCase().locator('select[name="finding_category"]').selectOption("cross_border_raid");
  await trCase().locator('select[name="severity"]').selectOption("serious");
  await trCase().locator('textarea[name="summary"]').fill("A cross-border raid from the af side is confirmed.");
  await trCase().getByRole("button", { name: "Sign and propose" }).click();
  await tr.page.getByText(/Finding proposed: entry \d+/).waitFor();
  const findingId = await inPage(tr, async (c) => (await (await fetch(`/api/v1/cases/${c}`)).json()).finding.id, caseId);
  truce("finding", "vote", ...conn("mediator-qatar"), "--finding", findingId, "--concur");
  await visit(tr, "/verification");
  await trCase().getByText(/in effect at entry \d+/).waitFor();
  await trCase().getByRole("button", { name: /Impose the prescribed penalty/ }).click();
  await tr.page.getByText(/Penalty imposed: entry \d+/).waitFor();
  await trCase().locator('[data-testid="penalty"]').waitFor();
  await shot(tr, "verification");

  step("the party sees its case and penalty; compliance shows the breach");
  await visit(af, "/verification");
  await af.page.locator(`article[data-case="${caseId}"] [data-testid="penalty"]`).waitFor();
  await visit(af, "/compliance");
  await af.page.locator('[data-commitment="ceasefire-af"]').waitFor();
  assert.match(await af.page.locator('[data-commitment="ceasefire-af"]').innerText(), /breached/);
  assert.equal(await af.page.locator("canvas").count(), 2);
  await shot(af, "compliance");
  // Its own record as a PDF, from the reports card's link, with the session.
  const pdfLink = af.page.locator('[data-testid="reports"] a[data-format="pdf"]');
  const pdf = await af.page.request.get(new URL(await pdfLink.getAttribute("href"), af.page.url()).toString());
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()["content-type"], "application/pdf");
  assert.equal((await pdf.body()).subarray(0, 5).toString("latin1"), "%PDF-");

  step("af appeals the penalty from its own page; the mediator decides and serves it, in the browser");
  await visit(af, "/verification");
  const afPen = af.page.locator(`article[data-case="${caseId}"] [data-act="penalty.appeal"]`);
  await afPen.locator('textarea[name="grounds"]').fill("The group that crossed is not under our command.");
  await afPen.getByRole("button", { name: "Sign and appeal" }).click();
  await result(af, "act-result", /Appeal filed: entry \d+/);
  assert.equal(await af.page.locator('[data-act="penalty.appeal"]').count(), 0, "one appeal only: the form is gone");
  await visit(tr, "/verification");
  const trPen = tr.page.locator(`article[data-case="${caseId}"] [data-act="appeal.decide"]`);
  await trPen.locator('select[name="decision"]').selectOption("upheld");
  await trPen.locator('textarea[name="decision_reason"]').fill("The clause binds each party for its territory.");
  await trPen.getByRole("button", { name: "Sign decision" }).click();
  await result(tr, "act-result", /Appeal decided: entry \d+/);
  await visit(tr, "/");
  await tr.page.locator('[data-testid="todo"] [data-kind="penalty.serve"]').first().waitFor();
  await visit(tr, "/verification");
  const serve = tr.page.locator(`article[data-case="${caseId}"] details:has([data-act="penalty.serve"])`);
  await serve.locator("summary").click();
  await serve.locator('input[name="serve_note"]').fill("Formal notice delivered.");
  await serve.getByRole("button", { name: "Sign: served" }).click();
  await result(tr, "act-result", /Penalty served: entry \d+/);
  for (const p of [pk, af, tr, obs]) await actsOnPages(p);

  step("ledger explorer: checkpoint signatures and an inclusion proof checked in the browser");
  await visit(obs, "/ledger");
  await obs.page.locator('[data-testid="sig-log"]').waitFor();
  assert.match(await obs.page.locator('[data-testid="sig-log"]').innerText(), /verified/);
  const size = Number(await obs.page.locator('[data-testid="cp-size"]').innerText());
  await obs.page.getByLabel("Entry index").fill(String(size - 1));
  await obs.page.getByRole("button", { name: "Show and verify" }).click();
  await obs.page.locator('[data-testid="proof-status"]').waitFor();
  assert.match(await obs.page.locator('[data-testid="proof-status"]').innerText(), /is included in the checkpoint/);
  await shot(obs, "ledger");

  step("ledger explorer: a published finding's sealed part opened and checked against its commitment in the browser; an internal comment stays sealed");
  const chaman = (await inPage(obs, async () => (await (await fetch("/api/v1/findings")).json())))
    .find((f) => f.id === "finding-chaman");
  await obs.page.getByLabel("Entry index").fill(String(chaman.index));
  await obs.page.getByRole("button", { name: "Show and verify" }).click();
  await obs.page.locator('[data-testid="opening-status"]').waitFor();
  assert.match(await obs.page.locator('[data-testid="opening-status"]').innerText(), /matches the entry's commitment/);
  assert.match(await obs.page.locator('[data-testid="opening-fields"]').innerText(), /Chaman/);
  await shot(obs, "ledger-opening");
  // The same check fails for an opening that does not match (a server that lied).
  const caught = await inPage(obs, async (i) => {
    const m = await import("/assets/core.js");
    const env = await (await fetch(`/api/v1/entries/${i}`)).json();
    const body = JSON.parse(new TextDecoder().decode(m.unb64(env.payload))).body;
    const text = await (await fetch(`/api/v1/entries/${i}/opening`)).text();
    return [await m.checkOpening(body, text) !== null, await m.checkOpening(body, text.replace("Chaman", "Chamen")) === null];
  }, chaman.index);
  assert.deepEqual(caught, [true, true]);
  const comment = await inPage(obs, async () => {
    for (let i = 1; ; i++) {
      const env = await (await fetch(`/api/v1/entries/${i}`)).json();
      if (env.payloadType === "application/vnd.truce.draft.comment+json") return i;
    }
  });
  await obs.page.getByLabel("Entry index").fill(String(comment));
  await obs.page.getByRole("button", { name: "Show and verify" }).click();
  await obs.page.getByText("Sealed: you are not among those who may open this entry").waitFor();
  // Regression: a verifier key whose base64 holds "+" was split in three
  // wrong parts, and a witness's cosignature could not be checked.
  const parsed = await inPage(obs, async () => {
    const m = await import("/assets/core.js");
    const k = m.parseVkey("witness.example+0572a48c+BLo7CFGf8hfPPZhVygXjYCwQ0bzwxLAMaV+AK4YhctO4");
    return [k.name, k.hash, k.type, k.pub.length];
  });
  assert.deepEqual(parsed, ["witness.example", "0572a48c", 4, 32]);

  step("the public page: the published agreement, findings and report, each checked in the browser, with no sign-in");
  {
    const anon = await person("public");
    await visit(anon, "/public");
    await anon.page.locator('[data-testid="pub-agreement"]').first().waitFor();
    const record = await inPage(anon, async () => (await (await fetch("/api/v1/public")).json()));
    assert.equal(record.agreements[0].version, "v4");
    // The text in every language side by side, right-to-left ones as such.
    await anon.page.locator('[data-testid="pub-agreement-text"] table').first().waitFor();
    const dirs = await anon.page.locator('[data-testid="pub-agreement-text"] th[lang]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.lang, e.dir])));
    assert.equal(dirs.ur, "rtl");
    assert.equal(dirs.en, "ltr");
    assert.equal(await anon.page.locator('[data-testid="pub-finding"]').count(), record.findings.length);
    const checks = [`pub-check-agreement-v4`, ...record.findings.map((f) => `pub-check-finding-${f.id}`), ...record.reports.map((r) => `pub-check-report-${r.id}`)];
    for (const id of checks) {
      await anon.page.locator(`[data-testid="${id}"]`).click();
      const status = anon.page.locator(`[data-testid="${id}-status"]`);
      await status.waitFor();
      assert.equal(await status.getAttribute("data-ok"), "true", `${id}: ${await status.innerText()}`);
    }
    await shot(anon, "public");
    // Each published report as PDF, for anyone, from its link on the page.
    const pdfHref = await anon.page.locator('[data-testid="pub-report"] a[data-format="pdf"]').first().getAttribute("href");
    const pdf = await anon.page.request.get(new URL(pdfHref, anon.page.url()).toString());
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString("latin1"), "%PDF-");
    // A server that lied about a finding's statement is caught by the same check.
    const lied = await inPage(anon, async (f) => {
      const m = await import("/assets/core.js");
      const env = await m.api(`/api/v1/entries/${f.published_entry}`, { as: "bytes" });
      const body = JSON.parse(new TextDecoder().decode(m.unb64(JSON.parse(new TextDecoder().decode(env)).payload))).body;
      const opening = JSON.parse(await m.api(`/api/v1/entries/${f.published_entry}/opening`, { as: "text" }));
      opening.fields.statement = "The mechanism found nothing.";
      return await m.checkOpening(body, JSON.stringify(opening));
    }, record.findings[0]);
    assert.equal(lied, null, "a changed statement must not match the commitment");
    await anon.context.close();
  }

  step("a removed member's open session stops working at once");
  truce("member", "remove", ...conn("mediator-turkiye"), "--member", "obs-web", "--reason", "mission ended");
  const afterRemoval = await inPage(obs, async () => {
    const r = await fetch("/api/v1/whoami");
    return [r.status, (await r.json()).error || ""];
  });
  assert.equal(afterRemoval[0], 401);
  assert.match(afterRemoval[1], /retired|no member/);
  await visit(obs, "/");
  assert.match(await obs.page.locator("#who").innerText(), /Public view/);

  step("phone width: the map and the board fit a 390 px screen");
  const phone = await person("phone", { width: 390, height: 844 });
  await visit(phone, "/map");
  const overflow = await inPage(phone, () => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the map page scrolls sideways by ${overflow}px at phone width`);
  await shot(phone, "map-phone");
  await visit(phone, "/verification");
  await shot(phone, "verification-phone");

  step("keyboard: the skip link and the navigation are reachable by Tab");
  await visit(phone, "/");
  await phone.page.keyboard.press("Tab");
  assert.equal(await inPage(phone, () => document.activeElement.textContent), "Skip to content");

  step("keyboard only: a delegate comments on a draft and files nothing by mouse");
  {
    // Tab until `want` holds the focus (bounded), as a keyboard user would.
    const tabTo = async (p, want, what) => {
      for (let i = 0; i < 400; i++) {
        if (await inPage(p, want)) return;
        await p.page.keyboard.press("Tab");
      }
      throw new Error(`${what} cannot be reached with Tab`);
    };
    await visit(pk, "/negotiation");
    await pk.page.locator("#main").focus();
    await tabTo(pk, () => document.activeElement?.matches?.('[data-act="draft.comment"] textarea'), "the comment box");
    await pk.page.keyboard.type("Typed without a mouse.");
    await tabTo(pk, () => document.activeElement?.matches?.('[data-act="draft.comment"] button[type="submit"]'), "the comment's submit button");
    await pk.page.keyboard.press("Enter");
    await pk.page.getByText(/Comment added: entry \d+|: entry \d+/).first().waitFor();
    await pk.page.getByText("Typed without a mouse.").first().waitFor();
    // The language switch is a plain select: reachable by Tab, changed by arrows.
    await pk.page.locator("body").focus();
    await tabTo(pk, () => document.activeElement?.id === "lang-select", "the language switch");
    await Promise.all([pk.page.waitForEvent("load"), pk.page.keyboard.press("ArrowDown")]);
    await pk.page.waitForSelector("main[data-ready]");
    assert.equal(await inPage(pk, () => document.documentElement.lang), "ur");
    await inPage(pk, () => localStorage.setItem("truce.lang", "en"));
  }

  step("every page in every language, at desktop and phone width");
  {
    const LANGS = ["en", "ur", "ps", "fa", "tr", "ar"];
    const RTL = new Set(["ur", "ps", "fa", "ar"]);
    const PATHS = ["/", "/process", "/negotiation", "/map", "/verification", "/compliance", "/ledger", "/public"];
    const missing = [];
    tr.page.on("console", (m) => { if (/no message|catalogue/.test(m.text())) missing.push(m.text()); });
    const english = {};
    for (const lang of LANGS) {
      await inPage(tr, (l) => localStorage.setItem("truce.lang", l), lang);
      for (const path of PATHS) {
        for (const [width, height] of [[1280, 900], [390, 844]]) {
          await tr.page.setViewportSize({ width, height });
          await visit(tr, path);
          await inPage(tr, () => document.fonts.ready);
          const got = await inPage(tr, () => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            h1: document.querySelector("main h1")?.textContent || "",
            nav: document.querySelector("#nav a")?.textContent || "",
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            fonts: [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")),
          }));
          assert.equal(got.lang, lang);
          assert.equal(got.dir, RTL.has(lang) ? "rtl" : "ltr", `${lang} ${path}`);
          assert.ok(got.overflow <= 1, `${lang} ${path} at ${width}px scrolls sideways by ${got.overflow}px`);
          if (lang === "en") english[path] = got;
          else {
            assert.notEqual(got.h1, english[path].h1, `${lang} ${path}: the heading is still English`);
            assert.notEqual(got.nav, english[path].nav, `${lang}: the navigation is still English`);
          }
          if (lang === "ur") assert.ok(got.fonts.includes("Truce Noto Nastaliq Urdu"), `ur ${path}: Nastaliq not used (${got.fonts})`);
          if (lang === "ps" || lang === "ar" || lang === "fa") assert.ok(got.fonts.includes("Truce Noto Naskh Arabic"), `${lang} ${path}: Naskh not used (${got.fonts})`);
          await shot(tr, `lang-${lang}${path === "/" ? "-overview" : path.replace("/", "-")}-${width}`);
        }
      }
    }
    assert.deepEqual(missing, [], `messages missing: ${missing.join("; ")}`);
    // Dates and numbers in the language's own words and digits (as the
    // browser's CLDR data writes them: Persian digits for Dari/Farsi, the
    // Arabic script's words and marks for Arabic).
    const written = {};
    for (const lang of ["fa", "ar", "tr"]) {
      await inPage(tr, (l) => localStorage.setItem("truce.lang", l), lang);
      await visit(tr, "/");
      written[lang] = await inPage(tr, async () => {
        const m = await import("/assets/i18n.js");
        return [m.fmtTime("2025-10-19T12:00:00Z"), m.fmtNum(1234567)];
      });
    }
    assert.match(written.fa.join(" "), /[\u06F0-\u06F9]/, `a Persian date and number in Persian digits: ${written.fa}`);
    assert.match(written.ar[0], /[\u0600-\u06FF]/, `an Arabic date in Arabic: ${written.ar}`);
    assert.match(written.tr[0], /Eki/, `a Turkish date names the month in Turkish: ${written.tr}`);
    assert.equal(written.tr[1], "1.234.567", "Turkish groups digits with dots");
    // Regression (red team): the Solar Hijri calendar in Dari/Farsi dates.
    assert.match(written.fa[0], /۲۰۲۵/, `a Gregorian year in a Dari/Farsi date: ${written.fa}`);

    // Regressions (red team): bidirectional controls cannot reorder a
    // sentence; values of closed sets are translated only when plain.
    const bidi = await inPage(tr, async () => {
      const core = await import("/assets/core.js");
      const i18n = await import("/assets/i18n.js");
      const evil = "Eve\u2069\u202Eevil";
      return {
        text: core.h("span", {}, `signed by ${evil}`).textContent,
        attr: core.h("span", { title: evil }).getAttribute("title"),
        message: i18n.t("app-no-page", { path: evil }),
        rtlName: i18n.t("app-no-page", { path: "\u0639\u0644\u064A" }),
        open: core.h("span", {}, "Eve\u2067 \u2014 delegate").textContent,
        stray: core.h("span", {}, "a\u2069b").textContent,
        plain: i18n.tv("map-cat", "armed_clash"),
        custom: i18n.tv("map-cat", "armed-clash"),
        lang: i18n.lang(),
      };
    });
    assert.equal(bidi.lang, "tr");
    assert.ok(!/[\u202A-\u202E]/.test(bidi.text + bidi.attr + bidi.message), JSON.stringify(bidi));
    assert.ok(!bidi.message.includes("\u2069\u202E"), "a value cannot close its isolation");
    assert.ok(bidi.rtlName.includes("\u2068\u0639\u0644\u064A\u2069"), `right-to-left letters isolated in a left-to-right language: ${JSON.stringify(bidi.rtlName)}`);
    assert.ok(bidi.open.endsWith("\u2069"), "an isolate a name opens is closed within its element");
    assert.equal(bidi.stray, "ab", "an isolate's end that ends nothing is dropped");
    assert.notEqual(bidi.plain, bidi.custom, "two category ids, two labels");
    assert.equal(bidi.custom, "armed-clash");
    await inPage(tr, () => localStorage.setItem("truce.lang", "en"));
    await tr.page.setViewportSize({ width: 1280, height: 900 });
  }

  assert.deepEqual(errors, [], `uncaught page errors: ${errors.join("; ")}`);
  writeFileSync(`${SHOTS}/steps.txt`, steps.join("\n") + "\n");
  console.log(`e2e: ${steps.length} steps passed`);
} catch (e) {
  console.error(`e2e failed after step "${steps[steps.length - 1]}": ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
