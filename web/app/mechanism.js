// The mechanism's terms as a form: the procedure (entry into force,
// finding quorum, joint teams, reply and appeal times, the appeal body,
// territories, categories), one block per commitment (its clause picked from
// the agreement, bearer and beneficiary from the parties, what breaches it
// from the categories, a deadline, a condition) and one per penalty rule.
// The form holds no rule of its own: the server checks the terms with the
// log's rules (POST /api/v1/check) before anything is signed. The same
// terms can be read and edited as JSON beside the form.

import { h, clear, field } from "./core.js";
import { t, tv } from "./i18n.js";

const MODALITIES = ["prohibition", "obligation", "permission"];
const SEVERITIES = ["minor", "moderate", "serious", "grave"];
const PENALTIES = ["formal_notice", "public_attribution", "fine", "benefit_suspension", "referral"];

// The form keeps what it loads: a field left out stays out (the domain's
// default applies, not one the page would pick), a value a picker does not
// know is kept as an option of its own, and lists are one item per line.
const list = (s) => String(s || "").split(",").map((x) => x.trim()).filter(Boolean);
const lines = (s) => String(s || "").split("\n").map((x) => x.trim()).filter(Boolean);
const union = (...xs) => [...new Set(xs.flat().filter((x) => x !== null && x !== undefined && x !== ""))];
const num = (s) => (String(s).trim() === "" ? null : Number(s));
const drop = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ""
  && !(Array.isArray(v) && v.length === 0)));

/** A select of `values` (and `value`, if it is none of them), blank first. */
function select(name, values, label, value, { blank = "—" } = {}) {
  return h("select", { name },
    h("option", { value: "", selected: !value }, blank),
    union(values, value ? [value] : []).map((v) => h("option", { value: v, selected: v === value }, label(v))));
}

function boxes(legend, name, values, label, chosen) {
  const set = new Set(chosen || []);
  const fs = h("fieldset", { class: "checks" }, h("legend", {}, legend),
    union(values, chosen || []).map((v) => h("label", { class: "inline" }, h("input", { type: "checkbox", name, value: v, checked: set.has(v) }), ` ${label(v)} `)));
  fs.values = () => [...fs.querySelectorAll("input:checked")].map((i) => i.value);
  return fs;
}

const input = (name, value, attrs = {}) => h("input", { name, value: value ?? "", ...attrs });
// Free text may hold line breaks (an input would drop them): a text area.
const text = (name, value, attrs = {}) => h("textarea", { name, rows: 1, ...attrs }, value ?? "");
const yesNo = (name, value) => select(name, ["true", "false"], (x) => t(x === "true" ? "mech-yes" : "mech-no"),
  value === undefined || value === null ? "" : String(value), { blank: t("mech-default") });
const bool = (sel) => (sel.value === "" ? null : sel.value === "true");

/**
 * A form for the terms. `ctx`: parties and mediators ([{id, name}]),
 * `categories` (the defaults or those in force), `clauses(agreement)`
 * (a promise of the agreement's clause eIds) and `initial` (terms to start
 * from: the mechanism in force, or a template). `value()` gives the body
 * without `agreement` and `at`.
 */
export function mechanismEditor(ctx) {
  const root = h("div", { class: "mechanism-editor", "data-testid": "mechanism-editor" });
  let clauseIds = [];
  let readers = [];
  // Every category the terms mention, beside those in force: a checkbox list
  // never drops one it was given.
  let categories = ctx.categories;

  function procedure(m) {
    const force = input("entry_into_force", m.entry_into_force, { type: "date", required: true });
    const quorum = input("finding_quorum", m.finding_quorum, { type: "number", min: 1, max: 16 });
    const joint = yesNo("joint_teams", m.joint_teams);
    const reply = input("reply_hours", m.reply_hours, { type: "number", min: 1 });
    const appeal = input("appeal_days", m.appeal_days, { type: "number", min: 0 });
    const mediatorName = (id) => ctx.mediators.find((p) => p.id === id)?.name || id;
    const body = boxes(t("mech-appeal-body"), "appeal_body", ctx.mediators.map((p) => p.id), mediatorName, m.appeal_body);
    const partyIds = union(ctx.parties.map((p) => p.id), Object.keys(m.territories || {}));
    const partyName = (id) => ctx.parties.find((p) => p.id === id)?.name || id;
    const territories = partyIds.map((id) => [id, input(`territory-${id}`, (m.territories || {})[id])]);
    const cats = input("categories", (m.categories || []).join(", "), { placeholder: ctx.categories.join(", ") });
    readers.push(() => drop({
      entry_into_force: force.value,
      finding_quorum: num(quorum.value),
      joint_teams: bool(joint),
      reply_hours: num(reply.value),
      appeal_days: num(appeal.value),
      appeal_body: body.values(),
      territories: Object.fromEntries(territories.filter(([, i]) => i.value.trim()).map(([id, i]) => [id, i.value.trim()])),
      categories: list(cats.value),
    }));
    return h("fieldset", { class: "terms" }, h("legend", {}, t("mech-procedure")),
      h("div", { class: "grid" },
        field(t("mech-force"), force), field(t("mech-quorum"), quorum, t("mech-quorum-hint")),
        field(t("mech-reply-hours"), reply, t("mech-default-hint", { value: "72" })),
        field(t("mech-appeal-days"), appeal, t("mech-default-hint", { value: "14" })),
        field(t("mech-joint"), joint)),
      body,
      h("small", { class: "muted" }, t("mech-appeal-body-hint")),
      h("div", { class: "grid" }, territories.map(([id, i]) => field(t("mech-territory", { party: partyName(id) }), i,
        t("mech-territory-hint")))),
      field(t("mech-categories"), cats, t("mech-categories-hint")));
  }

  function commitment(c, i, all) {
    const id = input("id", c.id, { required: true });
    const clause = h("select", { name: "clause", required: true },
      h("option", { value: "" }, "—"),
      [...new Set([...clauseIds, c.clause].filter(Boolean))].map((e) => h("option", { value: e, selected: e === c.clause }, e)));
    const modality = select("modality", MODALITIES, (x) => tv("mech-modality", x), c.modality);
    const partyName = (x) => ctx.parties.find((p) => p.id === x)?.name || x;
    const bearer = select("bearer", ctx.parties.map((p) => p.id), partyName, c.bearer);
    const beneficiary = select("beneficiary", ctx.parties.map((p) => p.id), partyName, c.beneficiary, { blank: "—" });
    const action = h("textarea", { name: "action", rows: 2, required: true }, c.action || "");
    const verification = text("verification", c.verification, { required: true });
    const breached = boxes(t("mech-breached-by"), "breached_by", categories, (x) => tv("mech-category", x), c.breached_by);
    const dl = c.deadline || null;
    const dueKind = select("due", ["continuing", "date", "days"], (x) => t(`mech-due-${x}`),
      dl && dl.date ? "date" : dl && dl.days_after_force !== undefined ? "days" : "continuing");
    const dueDate = input("due_date", dl && dl.date, { type: "date" });
    const dueDays = input("due_days", dl && dl.days_after_force, { type: "number", min: 0 });
    const concerns = h("textarea", { name: "concerns", rows: 2 }, (c.concerns || []).join("\n"));
    const area = text("area", c.area);
    const within = input("within_km", c.within_km, { type: "number", min: 0 });
    const from = input("from", c.from, { type: "date" });
    const until = input("until", c.until, { type: "date" });
    const others = all.map((x) => x.id).filter((x) => x && x !== c.id);
    const reciprocal = select("reciprocal_of", others, (x) => x, c.reciprocal_of, { blank: "—" });
    const depends = boxes(t("mech-depends-on"), "depends_on", others, (x) => x, c.depends_on);
    const cond = c.condition || {};
    const hasCond = h("input", { type: "checkbox", name: "has_condition", checked: !!c.condition });
    const condText = text("condition_text", cond.text);
    const condCats = boxes(t("mech-condition-categories"), "condition_categories", categories, (x) => tv("mech-category", x), cond.categories);
    const condBy = select("condition_by", ctx.parties.map((p) => p.id), partyName, cond.by);
    const condDays = input("suspends_days", cond.suspends_days, { type: "number", min: 1 });
    readers.push(() => drop({
      id: id.value.trim(),
      clause: clause.value,
      modality: modality.value,
      bearer: bearer.value,
      beneficiary: beneficiary.value || null,
      action: action.value,
      concerns: lines(concerns.value),
      area: area.value.trim() || null,
      within_km: num(within.value),
      from: from.value || null,
      until: until.value || null,
      condition: hasCond.checked ? drop({
        text: condText.value, categories: condCats.values(), by: condBy.value, suspends_days: num(condDays.value),
      }) : null,
      reciprocal_of: reciprocal.value || null,
      depends_on: depends.values(),
      deadline: dueKind.value === "date" ? { date: dueDate.value }
        : dueKind.value === "days" ? { days_after_force: num(dueDays.value) ?? 0 } : null,
      verification: verification.value,
      breached_by: breached.values(),
    }));
    return h("fieldset", { class: "terms commitment", "data-commitment-form": c.id || `new-${i}` },
      h("legend", {}, t("mech-commitment-n", { n: i + 1 }), c.id ? ` · ${c.id}` : ""),
      h("div", { class: "grid" },
        field(t("mech-id"), id), field(t("mech-clause"), clause), field(t("mech-modality"), modality),
        field(t("mech-bearer"), bearer), field(t("mech-beneficiary"), beneficiary)),
      field(t("mech-action"), action),
      field(t("mech-verification"), verification),
      breached,
      h("div", { class: "grid" }, field(t("mech-due"), dueKind), field(t("mech-due-date-label"), dueDate), field(t("mech-due-days-label"), dueDays)),
      h("details", {}, h("summary", {}, t("mech-more")),
        h("div", { class: "grid" },
          field(t("mech-concerns"), concerns, t("mech-lines-hint")), field(t("mech-area"), area),
          field(t("mech-within-km"), within), field(t("mech-from"), from), field(t("mech-until"), until),
          field(t("mech-reciprocal"), reciprocal)),
        depends,
        h("label", { class: "inline" }, hasCond, " ", t("mech-has-condition")),
        h("div", { class: "grid" }, field(t("mech-condition-text"), condText), field(t("mech-condition-by"), condBy),
          field(t("mech-suspends-days"), condDays, t("mech-suspends-hint"))),
        condCats),
      h("button", { type: "button", class: "link", onclick: () => { const m = value(); m.commitments.splice(i, 1); draw(m); } },
        t("mech-remove-commitment")));
  }

  function rule(r, i) {
    const id = input("id", r.id, { required: true });
    const cats = boxes(t("mech-rule-categories"), "rule_categories", categories, (x) => tv("mech-category", x), r.categories);
    const sev = select("min_severity", SEVERITIES, (x) => tv("mech-severity", x), r.min_severity, { blank: t("mech-default") });
    const nth = input("nth", r.nth, { type: "number", min: 1, placeholder: "1" });
    const windowDays = input("window_days", r.window_days, { type: "number", min: 1, placeholder: "365" });
    const penalty = select("penalty", PENALTIES, (x) => tv("mech-penalty", x), r.penalty);
    const detail = text("detail", r.detail, { required: true });
    const amount = text("amount", r.amount);
    const benefit = text("benefit", r.benefit);
    const cure = input("cure_days", r.cure_days, { type: "number", min: 1 });
    readers.push(() => drop({
      id: id.value.trim(), categories: cats.values(), min_severity: sev.value, nth: num(nth.value),
      window_days: num(windowDays.value), penalty: penalty.value, detail: detail.value,
      amount: amount.value.trim() || null, benefit: benefit.value.trim() || null, cure_days: num(cure.value),
    }));
    return h("fieldset", { class: "terms rule", "data-rule-form": r.id || `new-${i}` },
      h("legend", {}, t("mech-rule-n", { n: i + 1 }), r.id ? ` · ${r.id}` : ""),
      h("div", { class: "grid" },
        field(t("mech-id"), id), field(t("mech-penalty"), penalty), field(t("mech-min-severity"), sev),
        field(t("mech-nth"), nth, t("mech-nth-hint")), field(t("mech-window"), windowDays), field(t("mech-cure"), cure)),
      cats,
      field(t("mech-detail"), detail),
      h("div", { class: "grid" }, field(t("mech-amount"), amount), field(t("mech-benefit"), benefit)),
      h("button", { type: "button", class: "link", onclick: () => { const m = value(); m.penalties.splice(i, 1); draw(m); } },
        t("mech-remove-rule")));
  }

  /** The terms as the form now says them. */
  function value() {
    const [proc, ...rest] = readers.map((r) => r());
    const n = root.querySelectorAll("[data-commitment-form]").length;
    return { ...proc, commitments: rest.slice(0, n), penalties: rest.slice(n) };
  }

  function draw(m) {
    readers = [];
    categories = union(ctx.categories, m.categories || [],
      (m.commitments || []).flatMap((c) => [...(c.breached_by || []), ...((c.condition && c.condition.categories) || [])]),
      (m.penalties || []).flatMap((r) => r.categories || []));
    const commitments = m.commitments || [];
    const penalties = m.penalties || [];
    clear(root).append(h("div", {},
      procedure(m),
      h("h4", {}, t("mech-commitments")),
      commitments.map((c, i) => commitment(c, i, commitments)),
      h("button", { type: "button", class: "secondary", onclick: () => { const v = value(); v.commitments.push({}); draw(v); } },
        t("mech-add-commitment")),
      h("h4", {}, t("mech-schedule")),
      penalties.map((r, i) => rule(r, i)),
      h("button", { type: "button", class: "secondary", onclick: () => { const v = value(); v.penalties.push({}); draw(v); } },
        t("mech-add-rule"))));
  }

  /** Read the agreement's clauses (for the clause pickers) and draw again. */
  async function useAgreement(agreement) {
    try {
      clauseIds = await ctx.clauses(agreement);
    } catch {
      clauseIds = [];
    }
    // What the form says now (it may have changed while the clauses came).
    draw(value());
  }

  draw(ctx.initial);
  return { el: root, value, load: draw, useAgreement };
}
