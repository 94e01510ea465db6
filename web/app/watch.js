// The log watch. This browser remembers (localStorage, per log origin) the
// largest cosigned checkpoint it has seen, with the log's and the
// witnesses' keys as it first saw them, and holds every new checkpoint
// against it:
// - the log's signature and the witness quorum are checked here first;
// - the same size with another root is a fork;
// - a smaller size is a rollback;
// - a larger size must come with a consistency proof, checked here
//   (RFC 9162 §2.1.4.2), that it extends the one seen;
// - other keys, or a lower quorum, than the ones first seen are an alarm
//   too; only the witnesses first seen are counted.
// A look that cannot fetch what it needs proves nothing and raises nothing.
// An alarm stays until the reader dismisses it, and keeps both signed
// checkpoints: for a fork or a rollback as an evidence file that
// `truce verify-evidence` checks offline.

import { api, parseNote, verifyNoteSig, sha256, concat, equalBytes, unb64 } from "./core.js";
import { t } from "./i18n.js";

const slot = (origin) => `truce.watch.${origin}`;

async function node(l, r) {
  return sha256(concat(new Uint8Array([1]), l, r));
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of size1 (root1) is a prefix of the tree of size2 (root2)? */
export async function verifyConsistency(size1, size2, proof, root1, root2) {
  if (size1 <= 0 || size2 <= size1) return false;
  let path = proof.slice();
  // A first tree of a power-of-two size is a node of the second: its root starts the path.
  if (Number.isInteger(Math.log2(size1)) && 2 ** Math.log2(size1) === size1) path = [root1, ...path];
  if (path.length === 0) return false;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = await node(c, fr);
      sr = await node(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = await node(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, root1) && equalBytes(sr, root2);
}

function load(origin) {
  try {
    return JSON.parse(localStorage.getItem(slot(origin)) || "null");
  } catch {
    return null;
  }
}

function save(origin, state) {
  localStorage.setItem(slot(origin), JSON.stringify(state));
}

/** Forget an alarm (the checkpoint seen is kept). */
export function dismiss(origin) {
  const s = load(origin);
  if (s) {
    delete s.alarm;
    save(origin, s);
  }
}

/** An evidence file in the format `truce verify-evidence` reads. */
function evidence(kind, origin, summary, checkpoints) {
  return {
    truce_evidence: 1,
    kind,
    origin,
    detected_at: Math.floor(Date.now() / 1000),
    summary,
    checkpoints,
  };
}

/** Fetch the log's description and its latest checkpoint. */
async function fetchCheckpoint() {
  const [info, text] = await Promise.all([api("/api/v1/log"), api("/checkpoint", { as: "text" })]);
  return { info, text, note: parseNote(text) };
}

/**
 * Check the log's latest checkpoint against what this browser saw before.
 * Answers { state, size, seen, why, alarm }: state is "first", "same",
 * "extends", "unverified" (this look proves nothing either way: nothing is
 * remembered and no alarm is raised; the next look tries again) or "alarm".
 * The witnesses and the quorum are the ones first seen: a log that names
 * other witnesses or asks for fewer cosignatures later is an alarm, not a
 * new trust.
 */
export async function check() {
  let got;
  try {
    got = await fetchCheckpoint();
  } catch (e) {
    return { state: "unverified", why: t("watch-no-answer", { why: String(e.message || e) }) };
  }
  let { info, text, note } = got;
  const origin = note.origin;
  let seen = load(origin);
  const trusted = seen ? { log_key: seen.log_key, witnesses: seen.witnesses, quorum: seen.quorum ?? info.quorum } : info;
  const verify = async (n) => {
    if (!(await verifyNoteSig(n, trusted.log_key)).ok) return t("watch-bad-log-sig");
    let cosigned = 0;
    for (const w of trusted.witnesses) if ((await verifyNoteSig(n, w)).ok) cosigned++;
    return cosigned < trusted.quorum ? t("watch-under-quorum", { n: cosigned, quorum: trusted.quorum }) : null;
  };
  if (seen && !seen.alarm) {
    const lost = seen.witnesses.filter((w) => !info.witnesses.includes(w));
    if (seen.log_key !== info.log_key || lost.length || info.quorum < trusted.quorum) {
      // The summary stays in English (it is what the evidence says); `say`
      // is how the page words it in the reader's language.
      const names = lost.map((w) => w.split("+")[0]).join(", ");
      const [what, say] = seen.log_key !== info.log_key ? ["another log key", { id: "watch-keys-log-key" }]
        : lost.length ? [`without witnesses ${names}`, { id: "watch-keys-witnesses", args: { names } }]
          : [`a quorum of ${info.quorum} instead of ${trusted.quorum}`, { id: "watch-keys-quorum", args: { now: info.quorum, was: trusted.quorum } }];
      seen.alarm = { kind: "keys", summary: `the log now names ${what}, not what this browser first saw`, say, checkpoints: [seen.note, text], evidence: null };
      save(origin, seen);
    }
  }
  if (seen && seen.alarm) return { state: "alarm", alarm: seen.alarm };
  const wrong = await verify(note);
  if (wrong) return { state: "unverified", why: wrong };
  if (!seen) {
    save(origin, { log_key: info.log_key, witnesses: info.witnesses, quorum: info.quorum, note: text });
    return { state: "first", size: note.size };
  }
  const raise = (kind, summary, file, say) => {
    seen.alarm = { kind, summary, say, checkpoints: [seen.note, text], evidence: file || null };
    save(origin, seen);
    return { state: "alarm", alarm: seen.alarm };
  };
  let old = parseNote(seen.note);
  if (note.size < old.size) {
    // Another tab may have remembered a newer checkpoint since this look
    // began, or a cache answered: a rollback must survive a fresh look.
    try {
      ({ text, note } = await fetchCheckpoint());
    } catch (e) {
      return { state: "unverified", why: t("watch-no-answer", { why: String(e.message || e) }) };
    }
    const again = await verify(note);
    if (again) return { state: "unverified", why: again };
    seen = load(origin) || seen;
    old = parseNote(seen.note);
  }
  if (note.size === old.size) {
    if (equalBytes(note.root, old.root)) {
      seen.note = text;
      save(origin, seen);
      return { state: "same", size: note.size };
    }
    const summary = `two checkpoints of size ${note.size} with different roots`;
    return raise("fork", summary, evidence("fork", origin, summary, [seen.note, text]),
      { id: "watch-fork", args: { size: String(note.size) } });
  }
  if (note.size < old.size) {
    const summary = `the log served size ${note.size} after size ${old.size}: ${old.size - note.size} entries rolled back`;
    return raise("rollback", summary, evidence("rollback", origin, summary, [seen.note, text]),
      { id: "watch-rollback", args: { size: String(note.size), old: String(old.size), lost: old.size - note.size } });
  }
  // The log's proof from the size seen: it names the root its tree has at
  // that size. A proof that verifies but binds another root than the one
  // seen is the log's own admission that it rewrote history: evidence. A
  // proof that does not arrive proves nothing; one that arrives and does
  // not verify is the alarm.
  let p;
  try {
    p = await api(`/api/v1/proofs/consistency?old=${old.size}&new=${note.size}`);
  } catch (e) {
    return { state: "unverified", why: t("watch-no-proof", { old: String(old.size), why: String(e.message || e) }) };
  }
  let bound = false;
  try {
    bound = await verifyConsistency(old.size, note.size, p.proof.map(unb64), unb64(p.old_root), note.root);
  } catch {
    bound = false;
  }
  if (!bound) {
    return raise("inconsistent", `the log's proof that its tree of size ${note.size} extends the one of size ${old.size} this browser saw does not verify`,
      null, { id: "watch-bad-proof", args: { size: String(note.size), old: String(old.size) } });
  }
  if (!equalBytes(unb64(p.old_root), old.root)) {
    const summary = `the log's tree of size ${note.size} does not extend the tree of size ${old.size} it showed this browser before`;
    const file = evidence("inconsistent", origin, summary, [seen.note, text]);
    file.consistency = { root: p.old_root, proof: p.proof };
    return raise("inconsistent", summary, file, { id: "watch-not-extended", args: { size: String(note.size), old: String(old.size) } });
  }
  seen.note = text;
  save(origin, seen);
  return { state: "extends", size: note.size, seen: old.size };
}
