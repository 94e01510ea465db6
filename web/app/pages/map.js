// The incident map: Natural Earth country outlines and the border between
// the parties (both built in; no tile server), the reports the reader may
// see filtered by time, category, party and status, clustered on a grid by
// the server when a view holds more than it is useful to draw, and a report
// form whose point is picked on the map, with evidence upload.

import { h, clear, api, notice, field, session, act, putBlob, randomId, nowUtc, fmtTime, loadActs, offer, actForm, choose, sha256, hex, DEFAULT_CATEGORIES, loadScript } from "../core.js";
import { t, tv } from "../i18n.js";

/* global L, topojson */
const DETAIL_LIMIT = 800;
const STATUS_COLOURS = {
  reported: "#3465a4", under_verification: "#c17d11", confirmed: "#a40000", not_confirmed: "#4e9a06", merged: "#888a85",
};
let countries = null;

export async function render(main) {
  main.append(h("h1", {}, t("map-title")));
  const filters = h("form", { class: "toolbar", "aria-label": t("map-filters") });
  const from = h("input", { type: "date", name: "from" });
  const to = h("input", { type: "date", name: "to" });
  const category = h("select", { name: "category" }, h("option", { value: "" }, t("map-any")));
  const party = h("select", { name: "party" }, h("option", { value: "" }, t("map-any")));
  const status = h("select", { name: "status" }, h("option", { value: "" }, t("map-any")),
    Object.keys(STATUS_COLOURS).map((s) => h("option", { value: s }, tv("map-status", s))));
  filters.append(field(t("map-from"), from), field(t("map-to"), to), field(t("map-category"), category), field(t("map-alleged-party"), party), field(t("map-status"), status));
  const summary = h("p", { "aria-live": "polite", "data-testid": "map-summary" });
  const mapEl = h("div", { id: "map", class: "map", role: "region", "aria-label": t("map-region") });
  const list = h("ol", { class: "incident-list", "aria-label": t("map-list") });
  main.append(filters, summary, mapEl);
  const legend = h("p", { class: "legend" }, t("map-legend-status"), " ", Object.entries(STATUS_COLOURS).map(([k]) => h("span", { class: `chip st-${k}` }, tv("map-status", k))));
  main.append(legend);

  const [process, mechanism, acts] = await Promise.all([api("/api/v1/process"), session.info ? api("/api/v1/mechanism").catch(() => null) : null, loadActs(),
    loadScript("/assets/vendor/leaflet.js"), loadScript("/assets/vendor/topojson-client.min.js")]);
  const cats = (mechanism && mechanism.categories && mechanism.categories.length ? mechanism.categories.map((c) => c.id || c) : DEFAULT_CATEGORIES);
  for (const c of cats) category.append(h("option", { value: c }, tv("map-cat", c)));
  for (const p of process.participants.filter((x) => x.kind === "party")) party.append(h("option", { value: p.id }, p.name));

  const map = L.map(mapEl, { zoomControl: true, attributionControl: true, preferCanvas: true, keyboard: true }).setView([32.5, 68.5], 5);
  // Leaflet writes an attribution as HTML: the message goes in as text.
  map.attributionControl.addAttribution(h("span", {}, t("map-attribution")).innerHTML);
  if (!countries) {
    const topo = await api("/assets/vendor/countries-50m.json");
    countries = topojson.feature(topo, topo.objects.countries);
  }
  L.geoJSON(countries, { style: { color: "#777", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 }, interactive: false }).addTo(map);
  try {
    const border = await api("/api/v1/border");
    L.geoJSON(border, { style: { color: "#cc0000", weight: 2.5, dashArray: "6 4" }, interactive: false }).addTo(map);
  } catch { /* no mechanism yet: no border to draw */ }
  const layer = L.layerGroup().addTo(map);
  let picked = null;

  function query() {
    const b = map.getBounds();
    const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
    const q = new URLSearchParams({
      bbox: [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((x) => x.toFixed(4)).join(","),
    });
    for (const [k, el] of [["from", from], ["to", to], ["category", category], ["party", party], ["status", status]]) if (el.value) q.set(k, el.value);
    return q;
  }

  let seq = 0;
  // Count on a grid first (one cheap pass on the server); fetch single
  // reports only when few enough are in view to draw them one by one.
  async function draw() {
    const mine = ++seq;
    const q = query();
    const span = map.getBounds().getEast() - map.getBounds().getWest();
    q.set("cell", Math.min(10, Math.max(0.01, span / 24)).toFixed(3));
    const c = await api(`/api/v1/incidents/clusters?${q}`);
    if (mine !== seq) return;
    q.delete("cell");
    let total = c.total;
    if (c.total <= DETAIL_LIMIT) {
      q.set("limit", String(DETAIL_LIMIT));
      const r = await api(`/api/v1/incidents?${q}`);
      if (mine !== seq) return;
      total = r.total;
      layer.clearLayers();
      clear(list);
      for (const i of r.incidents) {
        const m = L.circleMarker([i.lat, i.lon], { radius: 7, color: "#fff", weight: 1, fillColor: STATUS_COLOURS[i.status] || "#333", fillOpacity: 0.9 });
        m.bindPopup(() => popup(i));
        m.addTo(layer);
        list.append(h("li", {}, h("button", { type: "button", class: "link", onclick: () => { map.setView([i.lat, i.lon], Math.max(map.getZoom(), 9)); m.openPopup(); } },
          t("map-list-item", { when: fmtTime(i.occurred), category: tv("map-cat", i.category), place: i.place || "", status: tv("map-status", i.status) }))));
      }
      summary.textContent = t("map-summary-points", { n: r.total });
      summary.dataset.mode = "points";
    } else {
      layer.clearLayers();
      clear(list);
      for (const k of c.clusters) {
        const size = Math.round(24 + Math.min(36, Math.log10(k.count + 1) * 12));
        const icon = L.divIcon({ className: "cluster", html: `<span>${k.count}</span>`, iconSize: [size, size] });
        L.marker([k.lat, k.lon], { icon, keyboard: true, title: t("map-cluster-title", { n: k.count, category: tv("map-cat", k.category) }) })
          .on("click", () => map.setView([k.lat, k.lon], map.getZoom() + 2))
          .addTo(layer);
      }
      summary.textContent = t("map-summary-clusters", { n: c.total, clusters: c.clusters.length });
      summary.dataset.mode = "clusters";
    }
    summary.dataset.total = String(total);
    summary.dataset.draws = String(Number(summary.dataset.draws || 0) + 1);
    if (picked) picked.addTo(layer);
  }

  // For the benchmark and the tests, which move the map as a user would.
  mapEl.truceMap = map;
  map.on("moveend", () => draw().catch((e) => { summary.textContent = e.message; }));
  filters.addEventListener("change", () => draw().catch((e) => { summary.textContent = e.message; }));
  await draw();
  main.append(h("details", {}, h("summary", {}, t("map-list-summary")), list));
  main.append(reportForm(acts, map, layer, cats, process, (m) => { picked = m; }, draw));
  main.append(otherActs(acts, draw));
  return { refresh: draw, map };
}

function popup(i) {
  return h("div", { class: "popup" },
    h("strong", {}, tv("map-cat", i.category)), ` — ${tv("map-status", i.status)}`, h("br"),
    t("map-popup-when-where", { when: fmtTime(i.occurred), where: i.place || t("map-popup-point", { lat: i.lat.toFixed(3), lon: i.lon.toFixed(3) }) }), h("br"),
    i.alleged_party ? `${t("map-popup-alleged", { party: i.alleged_party })} ` : "",
    i.border && i.border.side ? `${t("map-popup-border", { km: i.border.distance_km, side: i.border.side })} ` : "",
    h("br"), i.narrative, h("br"), h("small", {}, t("map-popup-footer", { id: i.id, reporter: i.reporter, channel: tv("map-channel", i.channel), index: String(i.index) })));
}

function reportForm(acts, map, layer, cats, process, setPicked, redraw) {
  const box = h("section", { class: "card", "aria-labelledby": "h-report" }, h("h2", { id: "h-report" }, t("map-report-title")));
  const o = offer(acts, "incident.report");
  if (!o) {
    box.append(h("p", {}, session.info ? t("map-report-not-now") : t("map-report-sign-in")));
    return box;
  }
  const withEvidence = Boolean(offer(acts, "evidence.submit"));
  const publicChannel = o.choices.includes("public") ? h("input", { type: "checkbox", name: "public_channel" }) : null;
  const lat = h("input", { name: "lat", type: "number", step: "any", required: true, min: -90, max: 90 });
  const lon = h("input", { name: "lon", type: "number", step: "any", required: true, min: -180, max: 180 });
  const occurred = h("input", { name: "occurred", type: "datetime-local", required: true });
  const category = h("select", { name: "category" }, cats.map((c) => h("option", { value: c }, tv("map-cat", c))));
  const alleged = h("select", { name: "alleged_party" }, h("option", { value: "" }, t("map-unknown-party")),
    process.participants.filter((p) => p.kind === "party").map((p) => h("option", { value: p.id }, p.name)));
  const place = h("input", { name: "place" });
  const narrative = h("textarea", { name: "narrative", rows: 3, required: true });
  const source = h("input", { name: "source", required: true, value: "field report" });
  const casualties = h("input", { name: "casualties", type: "number", min: 0, value: 0 });
  const files = h("input", { name: "evidence", type: "file", multiple: true });
  const out = h("div", { "aria-live": "polite", "data-testid": "report-result" });
  const form = h("form", { "data-act": "incident.report", "data-on": "process" }, h("p", {}, t("map-report-pick")),
    h("div", { class: "grid2" }, field(t("map-lat"), lat), field(t("map-lon"), lon)),
    field(t("map-occurred"), occurred), field(t("map-category"), category), field(t("map-alleged-party"), alleged),
    field(t("map-place"), place), field(t("map-narrative"), narrative), field(t("map-source"), source), field(t("map-casualties"), casualties),
    withEvidence ? field(t("map-evidence-files"), files, t("map-evidence-files-hint")) : null,
    publicChannel ? h("label", { class: "inline" }, publicChannel, " ", t("map-public-channel")) : null,
    h("button", { type: "submit" }, t("map-report-submit")), out);
  box.append(form);
  let marker = null;
  const place_marker = () => {
    const a = Number(lat.value), o = Number(lon.value);
    if (!Number.isFinite(a) || !Number.isFinite(o) || lat.value === "" || lon.value === "") return;
    if (marker) marker.remove();
    marker = L.marker([a, o], { title: t("map-reported-point"), keyboard: true });
    setPicked(marker);
    marker.addTo(layer);
  };
  map.on("click", (ev) => {
    lat.value = ev.latlng.lat.toFixed(5);
    lon.value = ev.latlng.lng.toFixed(5);
    place_marker();
  });
  lat.addEventListener("change", place_marker);
  lon.addEventListener("change", place_marker);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    out.replaceChildren();
    try {
      const id = randomId("inc");
      const at = nowUtc();
      const evidence = [];
      for (const f of files.files) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        evidence.push({ hash: await putBlob(bytes, f.type || "application/octet-stream"), f, size: bytes.length });
      }
      const r = await act("incident.report", {
        incident: id, occurred: `${occurred.value.length === 16 ? `${occurred.value}:00` : occurred.value}Z`,
        lat: Number(lat.value), lon: Number(lon.value), place: place.value || null, category: category.value,
        actors: [], alleged_party: alleged.value || null, casualties: { best: Number(casualties.value) || 0 },
        narrative: narrative.value, source: source.value, evidence: [], at,
        channel: publicChannel && publicChannel.checked ? "public" : null,
      });
      const lines = [t("map-report-filed", { id, index: String(r.index) })];
      for (const e of evidence) {
        const er = await act("evidence.submit", {
          content: e.hash, media_type: e.f.type || "application/octet-stream", size: e.size, name: e.f.name, incident: id, at: nowUtc(),
        });
        lines.push(t("map-evidence-entered", { name: e.f.name, hash: e.hash.slice(0, 12), index: String(er.index) }));
      }
      out.append(notice("ok", lines.join(" ")));
      form.reset();
      await redraw();
    } catch (e) {
      out.append(notice("error", t("map-report-refused", { why: e.message })));
    }
  });
  return box;
}

/** Records of an ACLED CSV: rows outside quotes, less the header. */
export function csvRecords(text) {
  let n = 0, quoted = false, content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === "\n" || c === "\r")) {
      if (content) n++;
      content = false;
      if (c === "\r" && text[i + 1] === "\n") i++;
    } else content = true;
  }
  if (content) n++;
  return Math.max(0, n - 1);
}

/** The map's other acts: evidence for a report, merging duplicates, an ACLED import. */
function otherActs(acts, redraw) {
  const box = h("div", { class: "acts" });
  const out = h("div", { "aria-live": "polite", "data-testid": "act-result", class: "act-result" });
  const after = redraw;
  // The reports to pick from are fetched when a form is first opened, so
  // the map does not pay for a list of a thousand reports on every visit.
  let list = null;
  const reports = async () => (list = list || (await api("/api/v1/incidents?limit=1000").catch(() => ({ incidents: [] }))).incidents);
  const name = (i) => `${i.id} · ${fmtTime(i.occurred)} · ${tv("map-cat", i.category)} · ${i.place}`;
  const fill = (select, rows, blank) => select.replaceChildren(blank ? h("option", { value: "" }, blank) : "",
    ...rows.map((i) => h("option", { value: i.id }, name(i))));
  const lazily = (form, then) => { form.addEventListener("toggle", async () => { if (form.open) then(await reports()); }, { once: true }); return form; };
  const ev = offer(acts, "evidence.submit");
  if (ev) {
    const file = h("input", { type: "file", name: "evidence_file", required: true });
    const incident = choose("evidence_incident", [], String, { blank: "—" });
    box.append(lazily(actForm(ev, {
      title: t("map-evidence-title"), label: t("map-evidence-submit"), out, after, fold: true,
      submit: async () => {
        const f = file.files[0];
        const bytes = new Uint8Array(await f.arrayBuffer());
        const content = await putBlob(bytes, f.type || "application/octet-stream");
        return act("evidence.submit", { content, media_type: f.type || "application/octet-stream", size: bytes.length, name: f.name, incident: incident.value || null, at: nowUtc() });
      },
    }, field(t("map-file"), file), field(t("map-for-report"), incident)), (rows) => fill(incident, rows, "—")));
  }
  const merge = offer(acts, "incident.merge", "incidents");
  if (merge) {
    const into = choose("into", [], String);
    const merged = h("select", { name: "merged", multiple: true, size: 5 });
    const reason = h("input", { name: "merge_reason", required: true });
    const open = (rows) => rows.filter((i) => i.status !== "merged");
    box.append(lazily(actForm(merge, {
      title: t("map-merge-title"), label: t("map-merge-submit"), out, after, fold: true,
      submit: () => act("incident.merge", { into: into.value, merged: [...merged.selectedOptions].map((x) => x.value), reason: reason.value, at: nowUtc() }),
    }, field(t("map-merge-keep"), into), field(t("map-merge-merged"), merged), field(t("map-merge-reason"), reason)),
    (rows) => { fill(into, open(rows)); fill(merged, open(rows)); }));
  }
  const imp = offer(acts, "incident.import");
  if (imp) {
    const file = h("input", { type: "file", name: "acled_csv", accept: ".csv,text/csv", required: true });
    box.append(actForm(imp, {
      title: t("map-import-title"), label: t("map-import-submit"), out, after, fold: true,
      submit: async () => {
        const bytes = new Uint8Array(await file.files[0].arrayBuffer());
        const content = await putBlob(bytes, "text/csv");
        const rows = csvRecords(new TextDecoder().decode(bytes));
        return act("incident.import", { batch: `acled-${hex(await sha256(bytes)).slice(0, 12)}`, content, rows, at: nowUtc() });
      },
    }, field(t("map-import-file"), file, t("map-import-hint"))));
  }
  if (box.childElementCount) box.prepend(out);
  return box;
}
