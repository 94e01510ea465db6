// The ledger explorer: the latest checkpoint with the log's signature and
// each witness's cosignature checked here in the browser, any entry with
// its inclusion proof verified here against that checkpoint, and the
// entry's tlog-proof receipt to download. A sealed entry shows only its
// public part; where the reader may open it, the opening is fetched and
// checked against the entry's commitment here, and offered for download
// (`truce verify-receipt --opening` checks the same offline).

import { h, clear, api, notice, field, parseNote, verifyNoteSig, leafHash, rootFromInclusion, unb64, b64, equalBytes, serial, checkOpening } from "../core.js";

export async function render(main, ctx) {
  main.append(h("h1", {}, "Ledger explorer"));
  const cpBox = h("section", { class: "card", "aria-labelledby": "h-cp" });
  const entryBox = h("section", { class: "card", "aria-labelledby": "h-entry" });
  main.append(cpBox, entryBox);
  let note = null;

  async function drawCheckpoint() {
    const [info, text] = await Promise.all([api("/api/v1/log"), api("/checkpoint", { as: "text" })]);
    note = parseNote(text);
    clear(cpBox).append(h("h2", { id: "h-cp" }, "Latest checkpoint"));
    const logSig = await verifyNoteSig(note, info.log_key);
    const rows = [h("li", { "data-testid": "sig-log" }, mark(logSig.ok), ` log ${info.origin}: signature ${logSig.ok ? "verified" : "does NOT verify"}`)];
    let cosigned = 0;
    for (const w of info.witnesses) {
      const r = await verifyNoteSig(note, w);
      if (r.ok) cosigned++;
      rows.push(h("li", { "data-testid": "sig-witness" }, mark(r.ok), ` witness ${w.split("+")[0]}: ${r.ok ? `cosigned at ${new Date(r.time * 1000).toISOString()}` : r.why || "does NOT verify"}`));
    }
    cpBox.append(h("dl", { class: "facts" },
      h("dt", {}, "Origin"), h("dd", {}, note.origin),
      h("dt", {}, "Size"), h("dd", { "data-testid": "cp-size" }, String(note.size)),
      h("dt", {}, "Root"), h("dd", {}, h("code", {}, b64(note.root))),
      h("dt", {}, "Witnesses"), h("dd", { "data-testid": "cp-quorum" }, `${cosigned} of ${info.witnesses.length} cosigned (quorum ${info.quorum})`)),
    h("ul", { class: "checks" }, rows), h("details", {}, h("summary", {}, "The signed note"), h("pre", {}, text)));
  }

  const index = h("input", { type: "number", min: 0, name: "index", value: ctx.params.get("entry") || "0" });
  const out = h("div", { "aria-live": "polite", "data-testid": "entry-result" });
  const form = h("form", { class: "toolbar" }, field("Entry index", index), h("button", { type: "submit" }, "Show and verify"));
  entryBox.append(h("h2", { id: "h-entry" }, "An entry and its proof"), form, out);
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
    if (i >= note.size) throw new Error(`entry ${i} is not yet in the latest checkpoint (size ${note.size})`);
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
        mark(ok), ok ? ` Entry ${i} is included in the checkpoint of size ${note.size}: its ${proof.proof.length}-hash proof leads to the cosigned root (checked in this browser).`
          : ` Entry ${i}: the proof does NOT lead to the checkpoint's root.`),
      h("dl", { class: "facts" },
        h("dt", {}, "Kind"), h("dd", {}, kind),
        h("dt", {}, "Signed by"), h("dd", {}, env.signatures[0].keyid),
        h("dt", {}, "Signer's sequence number"), h("dd", {}, String(statement.seq)),
        h("dt", {}, "Leaf hash"), h("dd", {}, h("code", {}, b64(leaf)))),
      h("details", { open: true }, h("summary", {}, statement.body && statement.body.sealed ? "Public part (the rest is sealed)" : "Body"),
        h("pre", {}, JSON.stringify(statement.body, null, 2))),
      await openingBox(i, statement.body),
      h("p", {}, h("a", { href: `/api/v1/entries/${i}/receipt`, download: `truce-entry-${i}.tlog-proof` }, "Download the tlog-proof receipt")));
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
        "Sealed: you are not among those who may open this entry. The commitment above binds its content all the same.");
    }
    const fields = await checkOpening(body, text);
    if (!fields) {
      return h("p", { "data-testid": "opening-status", class: "notice error" }, mark(false),
        " The opening the server gave does NOT match the entry's commitment.");
    }
    const href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    return h("div", {},
      h("p", { "data-testid": "opening-status", class: "notice ok" }, mark(true),
        " Opened: the sealed part matches the entry's commitment (checked in this browser)."),
      h("details", { open: true }, h("summary", {}, "Sealed part"), h("pre", { "data-testid": "opening-fields" }, JSON.stringify(fields, null, 2))),
      h("p", {}, h("a", { href, download: `truce-entry-${i}.opening.json` }, "Download the opening")));
  }

  await drawCheckpoint();
  if (ctx.params.get("entry")) await showEntry(Number(ctx.params.get("entry"))).catch((e) => out.append(notice("error", e.message)));
  return { refresh: serial(drawCheckpoint) };
}

function mark(ok) {
  return h("span", { class: ok ? "ok-mark" : "bad-mark", "aria-hidden": "true" }, ok ? "✔" : "✘");
}
