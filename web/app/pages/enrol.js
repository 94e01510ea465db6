// Enrolment with a one-time invitation code, and sign-in with this
// browser's key. The key is made here, cannot be exported, and only its
// public half ever leaves the browser (in the signed member.enrol entry).

import { h, notice, field, api, sha256, utf8, hex, newKey, saveKey, loadKey, forgetKey, act, signIn, session } from "../core.js";

export async function render(main, ctx) {
  if (ctx.path === "/signin") return renderSignIn(main, ctx);
  main.append(h("h1", {}, "Enrol with an invitation"),
    h("p", {}, "The secretariat gave you a one-time invitation code. This browser makes your signing key; the key never leaves it, and every act you take here is signed with it."));
  const code = h("input", { name: "code", autocomplete: "off", required: true, spellcheck: "false" });
  const out = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "card" }, field("Invitation code", code),
    h("button", { type: "submit" }, "Look up invitation"), out);
  main.append(form);
  // A link may carry the code in its fragment (`/enrol#code=…`), which is
  // never sent to the server; it is looked up at once and dropped from the
  // address, so it stays out of the history.
  const given = new URLSearchParams(location.hash.slice(1)).get("code");
  if (given) {
    code.value = given;
    history.replaceState(null, "", location.pathname);
    queueMicrotask(() => form.requestSubmit());
  }
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    out.replaceChildren();
    const c = code.value.trim();
    try {
      const inv = await api(`/api/v1/invitations/${hex(await sha256(utf8(c)))}`);
      if (inv.enrolled_at !== null) {
        out.append(notice("error", `This invitation was already used (entry ${inv.enrolled_at}).`));
        return;
      }
      if (inv.status === "revoked" || inv.status === "expired") {
        out.append(notice("error", inv.status === "revoked"
          ? "The secretariat withdrew this invitation: ask it for a new one."
          : `This invitation expired at ${inv.expires}: ask the secretariat for a new one.`));
        return;
      }
      const btn = h("button", { type: "button" }, "Create my key and enrol");
      out.append(h("dl", { class: "facts" },
        h("dt", {}, "Member"), h("dd", {}, `${inv.name} (${inv.member})`),
        h("dt", {}, "For"), h("dd", {}, inv.participant_name || inv.participant),
        h("dt", {}, "Roles"), h("dd", {}, inv.roles.join(", "))), btn);
      btn.addEventListener("click", async () => {
        btn.disabled = true;
        try {
          const key = await newKey(inv.member);
          const r = await act("member.enrol", { code: c, key: key.vkey }, { seq: 1, key });
          await saveKey(key);
          await signIn();
          ctx.refreshWho();
          out.replaceChildren(notice("ok", `Enrolled at entry ${r.index} with key ${key.id}. You are signed in.`));
        } catch (e) {
          btn.disabled = false;
          out.append(notice("error", `Enrolment refused: ${e.message}`));
        }
      });
    } catch (e) {
      out.append(notice("error", e.status === 404 ? "No invitation has this code." : e.message));
    }
  });
}

async function renderSignIn(main, ctx) {
  main.append(h("h1", {}, "Sign in"));
  const key = await loadKey();
  if (!key) {
    main.append(notice("info", "This browser holds no key yet."), h("p", {}, h("a", { href: "/enrol" }, "Enrol with an invitation code")));
    return;
  }
  const out = h("div", { "aria-live": "polite" });
  const btn = h("button", { type: "button" }, "Sign in with this browser's key");
  main.append(h("div", { class: "card" },
    h("p", {}, "This browser's key: ", h("code", {}, key.id)),
    session.info ? notice("ok", `Signed in as ${session.info.viewer.member || session.info.viewer.kind}.`) : null,
    btn, " ",
    h("button", {
      type: "button", class: "secondary", onclick: async () => {
        if (!confirm("Forget this browser's key? You will need a new invitation to sign in here again.")) return;
        await forgetKey();
        ctx.go("/enrol");
      },
    }, "Forget this key"), out));
  btn.addEventListener("click", async () => {
    out.replaceChildren();
    try {
      await signIn();
      ctx.refreshWho();
      out.append(notice("ok", `Signed in as ${session.info.viewer.member || session.info.viewer.kind}.`));
      ctx.go("/");
    } catch (e) {
      out.append(notice("error", `Sign-in refused: ${e.message}`));
    }
  });
}
