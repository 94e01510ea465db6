// The ledger explorer: the latest checkpoint with the log's signature and
// each witness's cosignature checked here in the browser, any entry with
// its inclusion proof verified here against that checkpoint, and the
// entry's tlog-proof receipt to download. A sealed entry shows only its
// public part; where the reader may open it, the opening is fetched and
// checked against the entry's commitment here, and offered for download
// (`truce verify-receipt --opening` checks the same offline).

import { h, clear, api, notice, field, parseNote, verifyNoteSig, leafHash, rootFromInclusion, unb64, b64, equalBytes, serial, checkOpening } from "../core.js";
import { t } from "../i18n.js";

export async function render(main, ctx) {
  main.append(h("h1", {}, t("led-title")));
  const cpBox = h("section", { class: "card", "aria-labelledby": "h-cp" });
  const entryBox = h("section", { class: "card", "aria-labelledby": "h-entry" });
  main.append(cpBox, entryBox);
  let note = null;

  async function drawCheckpoint() {
    const [info, text] = await Promise.all([api("/api/v1/log"), api("/checkpoint", { as: "text" })]);
    note = parseNote(text);
    clear(cpBox).append(h("h2", { id: "h-cp" }, t("led-checkpoint-title")));
    const logSig = await verifyNoteSig(note, info.log_key);
    const rows = [h("li", { "data-testid": "sig-log" }, mark(logSig.ok), " ", t(logSig.ok ? "led-sig-log-ok" : "led-sig-log-bad", { origin: info.origin }))];
    let cosigned = 0;
    for (const w of info.witnesses) {
      const r = await verifyNoteSig(note, w);
      if (r.ok) cosigned++;
      rows.push(h("li", { "data-testid": "sig-witness" }, mark(r.ok), " ", r.ok
        ? t("led-sig-witness-ok", { name: w.split("+")[0], at: new Date(r.time * 1000).toISOString() })
        : t("led-sig-witness-bad", { name: w.split("+")[0], why: r.why || t("led-does-not-verify") })));
    }
    cpBox.append(h("dl", { class: "facts" },
      h("dt", {}, t("led-origin")), h("dd", {}, note.origin),
      h("dt", {}, t("led-size")), h("dd", { "data-testid": "cp-size" }, String(note.size)),
      h("dt", {}, t("led-root")), h("dd", {}, h("code", {}, b64(note.root))),
      h("dt", {}, t("led-witnesses")), h("dd", { "data-testid": "cp-quorum" }, t("led-quorum", { n: cosigned, total: info.witnesses.length, quorum: info.quorum }))),
    h("ul", { class: "checks" }, rows), h("details", {}, h("summary", {}, t("led-signed-note")), h("pre", {}, text)));
  }

  const index = h("input", { type: "number", min: 0, name: "index", value: ctx.params.get("entry") || "0" });
  const out = h("div", { "aria-live": "polite", "data-testid": "entry-result" });
  const form = h("form", { class: "toolbar" }, field(t("led-entry-index"), index), h("button", { type: "submit" }, t("led-show-verify")));
  entryBox.append(h("h2", { id: "h-entry" }, t("led-entry-title")), form, out);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clear(out);
    try {
      await showEntry(Number(index.value));
    } catch (e) {
      out.append(notice("error", e.message));
    }
  });

  async function showEntry(i) {
    if (!note) await drawCheckpoint();
    if (i >= note.size) throw new Error(t("led-not-yet", { index: String(i), size: String(note.size) }));
    const bytes = await api(`/api/v1/entries/${i}`, { as: "bytes" });
    const env = JSON.parse(new TextDecoder().decode(bytes));
    const statement = JSON.parse(new TextDecoder().decode(unb64(env.payload)));
    const kind = env.payloadType.replace(/^application\/vnd\.truce\./, "").replace(/\+json$/, "");
    const proof = await api(`/api/v1/proofs/inclusion?index=${i}&size=${note.size}`);
    const leaf = await leafHash(bytes);
    const root = await rootFromInclusion(i, note.size, leaf, proof.proof.map(unb64));
    const leafOk = equalBytes(leaf, unb64(proof.leaf_hash));
    const ok = leafOk && equalBytes(root, note.root);
    out.append(
      h("p", { "data-testid": "proof-status", class: ok ? "notice ok" : "notice error" },
        mark(ok), " ", ok ? t("led-proof-ok", { index: String(i), size: String(note.size), hashes: proof.proof.length })
          : t("led-proof-bad", { index: String(i) })),
      h("dl", { class: "facts" },
        h("dt", {}, t("led-kind")), h("dd", {}, kind),
        h("dt", {}, t("led-signed-by")), h("dd", {}, env.signatures[0].keyid),
        h("dt", {}, t("led-seq")), h("dd", {}, String(statement.seq)),
        h("dt", {}, t("led-leaf-hash")), h("dd", {}, h("code", {}, b64(leaf)))),
      h("details", { open: true }, h("summary", {}, statement.body && statement.body.sealed ? t("led-public-part") : t("led-body")),
        h("pre", {}, JSON.stringify(statement.body, null, 2))),
      await openingBox(i, statement.body),
      h("p", {}, h("a", { href: `/api/v1/entries/${i}/receipt`, download: `truce-entry-${i}.tlog-proof` }, t("led-download-receipt"))));
  }

  /** The sealed part, opened and checked in this browser when the reader may. */
  async function openingBox(i, body) {
    if (!body || typeof body.sealed !== "string") return null;
    let text;
    try {
      text = await api(`/api/v1/entries/${i}/opening`, { as: "text" });
    } catch (e) {
      if (e.status !== 404) throw e;
      return h("p", { "data-testid": "opening-status", class: "notice info" },
        t("led-sealed-closed"));
    }
    const fields = await checkOpening(body, text);
    if (!fields) {
      return h("p", { "data-testid": "opening-status", class: "notice error" }, mark(false),
        " ", t("led-opening-bad"));
    }
    const href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    return h("div", {},
      h("p", { "data-testid": "opening-status", class: "notice ok" }, mark(true),
        " ", t("led-opening-ok")),
      h("details", { open: true }, h("summary", {}, t("led-sealed-part")), h("pre", { "data-testid": "opening-fields" }, JSON.stringify(fields, null, 2))),
      h("p", {}, h("a", { href, download: `truce-entry-${i}.opening.json` }, t("led-download-opening"))));
  }

  await drawCheckpoint();
  if (ctx.params.get("entry")) await showEntry(Number(ctx.params.get("entry"))).catch((e) => out.append(notice("error", e.message)));
  return { refresh: serial(drawCheckpoint) };
}

function mark(ok) {
  return h("span", { class: ok ? "ok-mark" : "bad-mark", "aria-hidden": "true" }, ok ? "✔" : "✘");
}
