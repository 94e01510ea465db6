// Enrolment with a one-time invitation code, and sign-in with this
// browser's key. The key is made here, cannot be exported, and only its
// public half ever leaves the browser (in the signed member.enrol entry).

import { h, notice, field, api, sha256, utf8, hex, newKey, saveKey, loadKey, forgetKey, act, signIn, session } from "../core.js";
import { t, tv } from "../i18n.js";

export async function render(main, ctx) {
  if (ctx.path === "/signin") return renderSignIn(main, ctx);
  main.append(h("h1", {}, t("enr-title")),
    h("p", {}, t("enr-intro")));
  const code = h("input", { name: "code", autocomplete: "off", required: true, spellcheck: "false" });
  const out = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "card" }, field(t("enr-code"), code),
    h("button", { type: "submit" }, t("enr-look-up")), out);
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
        out.append(notice("error", t("enr-used", { index: String(inv.enrolled_at) })));
        return;
      }
      if (inv.status === "revoked" || inv.status === "expired") {
        out.append(notice("error", inv.status === "revoked"
          ? t("enr-revoked")
          : t("enr-expired", { at: inv.expires })));
        return;
      }
      const btn = h("button", { type: "button" }, t("enr-create-key"));
      out.append(h("dl", { class: "facts" },
        h("dt", {}, t("enr-member")), h("dd", {}, `${inv.name} (${inv.member})`),
        h("dt", {}, t("enr-for")), h("dd", {}, inv.participant_name || inv.participant),
        h("dt", {}, t("enr-roles")), h("dd", {}, inv.roles.map((r) => tv("enr-role", r)).join(`${t("enr-list-sep")} `))),
        inv.founding ? notice("info", t("enr-founding")) : null,
        btn);
      btn.addEventListener("click", async () => {
        btn.disabled = true;
        try {
          const key = await newKey(inv.member);
          const r = await act("member.enrol", { code: c, key: key.vkey }, { seq: 1, key });
          await saveKey(key);
          await signIn();
          ctx.refreshWho();
          out.replaceChildren(notice("ok", t("enr-enrolled", { index: String(r.index), key: key.id })));
        } catch (e) {
          btn.disabled = false;
          out.append(notice("error", t("enr-refused", { why: e.message })));
        }
      });
    } catch (e) {
      out.append(notice("error", e.status === 404 ? t("enr-no-such-code") : e.message));
    }
  });
}

async function renderSignIn(main, ctx) {
  main.append(h("h1", {}, t("enr-signin-title")));
  const key = await loadKey();
  if (!key) {
    main.append(notice("info", t("enr-no-key")), h("p", {}, h("a", { href: "/enrol" }, t("enr-enrol-link"))));
    return;
  }
  const out = h("div", { "aria-live": "polite" });
  const btn = h("button", { type: "button" }, t("enr-signin-button"));
  main.append(h("div", { class: "card" },
    h("p", {}, t("enr-this-key"), " ", h("code", {}, key.id)),
    session.info ? notice("ok", t("enr-signed-in-as", { who: session.info.viewer.member || tv("enr-viewer", session.info.viewer.kind) })) : null,
    btn, " ",
    h("button", {
      type: "button", class: "secondary", onclick: async () => {
        if (!confirm(t("enr-forget-confirm"))) return;
        await forgetKey();
        ctx.go("/enrol");
      },
    }, t("enr-forget")), out));
  btn.addEventListener("click", async () => {
    out.replaceChildren();
    try {
      await signIn();
      ctx.refreshWho();
      out.append(notice("ok", t("enr-signed-in-as", { who: session.info.viewer.member || tv("enr-viewer", session.info.viewer.kind) })));
      ctx.go("/");
    } catch (e) {
      out.append(notice("error", t("enr-signin-refused", { why: e.message })));
    }
  });
}
