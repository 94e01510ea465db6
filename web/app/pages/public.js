// The public record, for anyone, no sign-in: the agreement once the
// mediators publish it (every language side by side), rounds and
// communiqués, published findings with their penalties and appeals, the
// published reports, and each commitment's state as the public may know
// it. Every item has a "check it" that verifies here, in the browser, that
// its entries are in the log's cosigned checkpoint (RFC 6962 inclusion,
// the log's signature) and that what is shown is what was committed to
// (the opening against the entry's commitment, the text against its hash).

import { h, clear, api, notice, dirOf, parseNote, verifyNoteSig, leafHash, rootFromInclusion, unb64, equalBytes, checkOpening, sha256, hex, serial } from "../core.js";
import { t, tv, fmtTime } from "../i18n.js";

export async function render(main) {
  const box = h("div", { class: "public-record" });
  main.append(box);

  async function draw() {
    const [rec, info] = await Promise.all([api("/api/v1/public"), api("/api/v1/log")]);
    const note = parseNote(rec.checkpoint.note);
    clear(box).append(
      h("h1", {}, t("pub-title")),
      h("p", { class: "muted" }, rec.process ? rec.process.title : "", " · ",
        t("pub-at-size", { size: String(rec.checkpoint.size) }), " · ",
        h("a", { href: "/api/v1/public/feed.atom", type: "application/atom+xml", "data-testid": "pub-feed" }, t("pub-feed"))),
      agreements(rec, note, info),
      rounds(rec),
      findings(rec, note, info),
      reports(rec, note, info),
      commitments(rec));
  }

  await draw();
  return { refresh: serial(draw) };
}

function section(id, title, ...children) {
  return h("section", { class: "card", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

/** A "check it" button and the place its verdict goes. */
function checker(testid, run) {
  const out = h("div", { "aria-live": "polite", "data-testid": `${testid}-result` });
  const button = h("button", { type: "button", "data-testid": testid }, t("pub-check"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    clear(out).append(h("p", { class: "muted" }, t("pub-checking")));
    try {
      const lines = await run();
      const ok = lines.every((l) => l.ok);
      clear(out).append(h("ul", { class: "checks", "data-testid": `${testid}-status`, "data-ok": String(ok) },
        lines.map((l) => h("li", {}, mark(l.ok), " ", l.text))));
    } catch (e) {
      clear(out).append(notice("error", e.message));
    } finally {
      button.disabled = false;
    }
  });
  return h("div", { class: "check" }, button, out);
}

/** The log's signature on the checkpoint the record was made at. */
async function checkpointLine(note, info) {
  const r = await verifyNoteSig(note, info.log_key);
  return { ok: r.ok, text: t(r.ok ? "pub-check-checkpoint-ok" : "pub-check-checkpoint-bad", { size: String(note.size) }) };
}

/**
 * Entry `i` against the checkpoint: its bytes hash to a leaf whose
 * inclusion proof gives the signed root. Answers the check's line and the
 * entry's body, opened (and checked against its commitment) where sealed.
 */
async function checkEntry(i, note) {
  const bytes = await api(`/api/v1/entries/${i}`, { as: "bytes" });
  const proof = await api(`/api/v1/proofs/inclusion?index=${i}&size=${note.size}`);
  const leaf = await leafHash(bytes);
  const root = await rootFromInclusion(i, note.size, leaf, proof.proof.map(unb64));
  const included = equalBytes(root, note.root);
  const env = JSON.parse(new TextDecoder().decode(bytes));
  const statement = JSON.parse(new TextDecoder().decode(unb64(env.payload)));
  const kind = env.payloadType.replace(/^application\/vnd\.truce\./, "").replace(/\+json$/, "");
  const lines = [{ ok: included, text: t(included ? "pub-check-included" : "pub-check-not-included", { index: String(i), kind }) }];
  let body = statement.body || {};
  if (typeof body.sealed === "string") {
    const opening = await api(`/api/v1/entries/${i}/opening`, { as: "text" });
    const fields = await checkOpening(body, opening);
    lines.push({ ok: !!fields, text: t(fields ? "pub-check-opening-ok" : "pub-check-opening-bad", { index: String(i) }) });
    body = { ...body, ...(fields || {}) };
  }
  return { lines, body, kind };
}

function same(ok, yes, no, args) {
  return { ok, text: t(ok ? yes : no, args) };
}

function agreements(rec, note, info) {
  const list = rec.agreements.map((a) => {
    const text = h("div", { "data-testid": "pub-agreement-text" }, h("p", { class: "muted" }, t("pub-loading")));
    api(`/api/v1/versions/${encodeURIComponent(a.version)}`).then((v) => {
      clear(text).append(sideBySide(v));
    }).catch((e) => clear(text).append(notice("error", e.message)));
    return h("article", { id: `agreement-${a.version}`, "data-testid": "pub-agreement" },
      h("h3", {}, a.title),
      h("p", {}, t("pub-agreement-facts", { version: a.version, published: fmtTime(a.published), entry: String(a.published_entry) }), " ",
        h("code", { "data-testid": "pub-agreement-hash" }, a.content)),
      checker(`pub-check-agreement-${a.version}`, async () => {
        const lines = [await checkpointLine(note, info)];
        const blob = new Uint8Array(await api(`/api/v1/blobs/${a.content}`, { as: "bytes" }));
        lines.push(same(hex(await sha256(blob)) === a.content, "pub-check-text-ok", "pub-check-text-bad", { hash: a.content }));
        if (a.entry != null) {
          const sub = await checkEntry(a.entry, note);
          lines.push(...sub.lines);
          lines.push(same(sub.body.content === a.content, "pub-check-commits-ok", "pub-check-commits-bad", { index: String(a.entry) }));
        }
        for (const s of a.signatures) {
          const e = await checkEntry(s.entry, note);
          lines.push(...e.lines, same(e.body.content === a.content, "pub-check-signed-ok", "pub-check-signed-bad", { party: s.participant }));
        }
        const p = await checkEntry(a.published_entry, note);
        lines.push(...p.lines);
        return lines;
      }),
      text);
  });
  return section("h-pub-agreement", t("pub-agreement"),
    ...(list.length ? list : [h("p", { "data-testid": "pub-no-agreement" }, t("pub-no-agreement"))]));
}

/** Every language of the document side by side, each in its own direction. */
function sideBySide(v) {
  const langs = v.document.languages.map((l) => l.code);
  return h("div", { class: "scroll" }, h("table", { class: "side-by-side" },
    h("thead", {}, h("tr", {}, langs.map((l) => h("th", { lang: l, dir: dirOf(l) }, v.document.title[l] || l)))),
    h("tbody", {}, v.document.articles.flatMap((a) => [
      h("tr", {}, langs.map((l) => h("th", { lang: l, dir: dirOf(l) }, t("ed-article", { num: String(a.num || "") }), " ", (a.heading && a.heading[l]) || ""))),
      ...a.paragraphs.map((p) => h("tr", {}, langs.map((l) => h("td", { lang: l, dir: dirOf(l) }, `${p.num || ""}. `, p.text[l] || "")))),
    ]))));
}

/**
 * The record holds each list's newest items and `counts` of them all: a
 * "show older" button pages the rest in from /api/v1/public/lists/{list},
 * put before the first item shown in `box` (or at its end when none is).
 */
function older(rec, list, box, render) {
  const total = (rec.counts && rec.counts[list]) || 0;
  let from = Math.max(0, total - rec[list].length);
  if (!from) return null;
  const button = h("button", { type: "button", class: "secondary", "data-testid": `pub-older-${list}` }, t("pub-older", { n: String(from) }));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const offset = Math.max(0, from - 100);
      const page = await api(`/api/v1/public/lists/${list}?offset=${offset}`);
      const items = page.items.slice(0, from - offset).map(render);
      const first = box.querySelector(`[data-list="${list}"]`);
      if (first) first.before(...items); else box.append(...items);
      from = offset;
      if (from) button.textContent = t("pub-older", { n: String(from) }); else button.remove();
    } catch (e) {
      notice(e.message, "error");
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

function rounds(rec) {
  const round = (r) => h("li", { "data-list": "rounds" }, h("strong", {}, r.title), " — ", r.place, ", ", fmtTime(r.starts), " – ", fmtTime(r.ends), " (", tv("proc-round-state", r.state), ")");
  const communique = (c) => h("article", { class: "communique", "data-list": "communiques" }, h("h3", {}, c.title), h("p", { class: "prewrap" }, c.text));
  const list = h("ul", { "data-testid": "pub-rounds" }, rec.rounds.map(round));
  const said = h("div", { "data-testid": "pub-communiques" }, rec.communiques.map(communique));
  return section("h-pub-rounds", t("pub-rounds"),
    older(rec, "rounds", list, round), list,
    older(rec, "communiques", said, communique), said);
}

function findings(rec, note, info) {
  const finding = (f) => h("article", { id: `finding-${f.id}`, "data-testid": "pub-finding", "data-list": "findings" },
    h("h3", {}, t("pub-finding-title", { id: f.id, outcome: tv("ver-outcome", f.outcome) })),
    h("p", { class: "prewrap", "data-testid": "pub-finding-statement" }, f.statement),
    h("p", { class: "muted" }, t("pub-finding-facts", {
      party: f.party || "—", dissents: f.dissents, entry: String(f.published_entry), published: f.published ? fmtTime(f.published) : "—",
    })),
    f.penalties.length ? h("ul", {}, f.penalties.map((p) => h("li", { "data-testid": "pub-penalty" },
      t("pub-penalty", { id: p.id, kind: tv("comp-penalty-kind", p.kind), party: p.party, status: tv("comp-penalty-status", p.status) }),
      p.appeal ? [" ", t("pub-appeal", { at: fmtTime(p.appeal.at), decision: p.appeal.decision ? tv("ver-decision", p.appeal.decision) : t("pub-undecided") })] : null))) : null,
    checker(`pub-check-finding-${f.id}`, async () => {
      const lines = [await checkpointLine(note, info)];
      const e = await checkEntry(f.entry, note);
      lines.push(...e.lines, same(e.body.finding === f.id && e.body.outcome === f.outcome, "pub-check-finding-ok", "pub-check-finding-bad", { id: f.id }));
      const p = await checkEntry(f.published_entry, note);
      lines.push(...p.lines, same(p.body.statement === f.statement, "pub-check-statement-ok", "pub-check-statement-bad", { index: String(f.published_entry) }));
      return lines;
    }));
  const box = h("div", {}, rec.findings.map(finding));
  return section("h-pub-findings", t("pub-findings"),
    ...(rec.findings.length ? [older(rec, "findings", box, finding), box] : [h("p", { "data-testid": "pub-no-findings" }, t("pub-no-findings"))]));
}

function reports(rec, note, info) {
  const report = (r) => h("li", { "data-testid": "pub-report", "data-list": "reports" },
    h("strong", {}, r.title), " ", t("pub-report-period", { from: r.from, to: r.to }), " ",
    h("a", { href: `/api/v1/blobs/${r.sha256}`, download: `${r.id}.json` }, t("pub-report-data")), " ",
    ...["pdf", "html", "csv", "geojson"].flatMap((f) => [h("a", { href: `/api/v1/published-reports/${r.sha256}?format=${f}`, "data-format": f, download: `${r.id}.${f}` }, f.toUpperCase()), " "]),
    h("code", {}, r.sha256),
    checker(`pub-check-report-${r.id}`, async () => {
      const lines = [await checkpointLine(note, info)];
      const bytes = new Uint8Array(await api(`/api/v1/blobs/${r.sha256}`, { as: "bytes" }));
      lines.push(same(hex(await sha256(bytes)) === r.sha256, "pub-check-text-ok", "pub-check-text-bad", { hash: r.sha256 }));
      const p = await checkEntry(r.published_entry, note);
      lines.push(...p.lines, same(p.body.report && p.body.report.sha256 === r.sha256, "pub-check-report-ok", "pub-check-report-bad", { index: String(r.published_entry) }));
      return lines;
    }));
  const list = h("ul", {}, rec.reports.map(report));
  return section("h-pub-reports", t("pub-reports"),
    ...(rec.reports.length ? [older(rec, "reports", list, report), list] : [h("p", { "data-testid": "pub-no-reports" }, t("pub-no-reports"))]),
    h("p", { class: "muted" }, t("pub-verify-offline")));
}

function commitments(rec) {
  if (!rec.commitments.length) return null;
  return section("h-pub-commitments", t("pub-commitments"),
    h("div", { class: "scroll" }, h("table", { "data-testid": "pub-commitments" },
      h("thead", {}, h("tr", {}, h("th", {}, t("pub-col-commitment")), h("th", {}, t("pub-col-clause")), h("th", {}, t("pub-col-bearer")), h("th", {}, t("pub-col-state")))),
      h("tbody", {}, rec.commitments.map((c) => h("tr", {}, h("td", {}, c.id), h("td", {}, c.clause), h("td", {}, c.bearer), h("td", {}, tv("comp-state", c.state))))))));
}

function mark(ok) {
  return h("span", { class: ok ? "ok-mark" : "bad-mark", "aria-hidden": "true" }, ok ? "✔" : "✘");
}
