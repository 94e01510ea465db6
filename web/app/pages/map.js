// The incident map: Natural Earth country outlines and the border between
// the parties (both built in; no tile server), the reports the reader may
// see filtered by time, category, party and status, clustered on a grid by
// the server when a view holds more than it is useful to draw, and a report
// form whose point is picked on the map, with evidence upload.

import { h, clear, api, notice, field, session, act, putBlob, randomId, nowUtc, fmtTime, loadActs, offer, actForm, choose, sha256, hex } from "../core.js";

/* global L, topojson */
const DETAIL_LIMIT = 800;
const STATUS_COLOURS = {
  reported: "#3465a4", under_verification: "#c17d11", confirmed: "#a40000", not_confirmed: "#4e9a06", merged: "#888a85",
};
const CATEGORIES = ["armed_clash", "air_drone_strike", "shelling", "cross_border_raid", "ied",
  "attack_on_civilians", "movement_of_forces", "obstruction_of_monitors", "hostile_propaganda", "other"];
let countries = null;

export async function render(main) {
  main.append(h("h1", {}, "Incident map"));
  const filters = h("form", { class: "toolbar", "aria-label": "Filters" });
  const from = h("input", { type: "date", name: "from" });
  const to = h("input", { type: "date", name: "to" });
  const category = h("select", { name: "category" }, h("option", { value: "" }, "any"));
  const party = h("select", { name: "party" }, h("option", { value: "" }, "any"));
  const status = h("select", { name: "status" }, h("option", { value: "" }, "any"),
    Object.keys(STATUS_COLOURS).map((s) => h("option", { value: s }, s.replace(/_/g, " "))));
  filters.append(field("From", from), field("To", to), field("Category", category), field("Alleged party", party), field("Status", status));
  const summary = h("p", { "aria-live": "polite", "data-testid": "map-summary" });
  const mapEl = h("div", { id: "map", class: "map", role: "region", "aria-label": "Map of reported incidents" });
  const list = h("ol", { class: "incident-list", "aria-label": "Incidents in view" });
  main.append(filters, summary, mapEl);
  const legend = h("p", { class: "legend" }, "Status: ", Object.entries(STATUS_COLOURS).map(([k]) => h("span", { class: `chip st-${k}` }, k.replace(/_/g, " "))));
  main.append(legend);

  const [process, mechanism, acts] = await Promise.all([api("/api/v1/process"), session.info ? api("/api/v1/mechanism").catch(() => null) : null, loadActs()]);
  const cats = (mechanism && mechanism.categories && mechanism.categories.length ? mechanism.categories.map((c) => c.id || c) : CATEGORIES);
  for (const c of cats) category.append(h("option", { value: c }, c.replace(/_/g, " ")));
  for (const p of process.participants.filter((x) => x.kind === "party")) party.append(h("option", { value: p.id }, p.name));

  const map = L.map(mapEl, { zoomControl: true, attributionControl: true, preferCanvas: true, keyboard: true }).setView([32.5, 68.5], 5);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
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
          `${fmtTime(i.occurred)} · ${i.category.replace(/_/g, " ")} · ${i.place || ""} (${i.status.replace(/_/g, " ")})`)));
      }
      summary.textContent = `${r.total} incident${r.total === 1 ? "" : "s"} in view`;
      summary.dataset.mode = "points";
    } else {
      layer.clearLayers();
      clear(list);
      for (const k of c.clusters) {
        const size = Math.round(24 + Math.min(36, Math.log10(k.count + 1) * 12));
        const icon = L.divIcon({ className: "cluster", html: `<span>${k.count}</span>`, iconSize: [size, size] });
        L.marker([k.lat, k.lon], { icon, keyboard: true, title: `${k.count} incidents, mostly ${k.category}` })
          .on("click", () => map.setView([k.lat, k.lon], map.getZoom() + 2))
          .addTo(layer);
      }
      summary.textContent = `${c.total} incidents in view, in ${c.clusters.length} clusters: zoom in for single reports`;
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
  main.append(h("details", {}, h("summary", {}, "Incidents in view (list)"), list));
  main.append(reportForm(acts, map, layer, cats, process, (m) => { picked = m; }, draw));
  main.append(otherActs(acts, draw));
  return { refresh: draw, map };
}

function popup(i) {
  return h("div", { class: "popup" },
    h("strong", {}, i.category.replace(/_/g, " ")), ` — ${i.status.replace(/_/g, " ")}`, h("br"),
    `${fmtTime(i.occurred)}, ${i.place || `${i.lat.toFixed(3)}, ${i.lon.toFixed(3)}`}`, h("br"),
    i.alleged_party ? `Alleged: ${i.alleged_party}. ` : "",
    i.border && i.border.side ? `${i.border.distance_km} km inside ${i.border.side}. ` : "",
    h("br"), i.narrative, h("br"), h("small", {}, `${i.id} · reported by ${i.reporter} (${i.channel}) · entry ${i.index}`));
}

function reportForm(acts, map, layer, cats, process, setPicked, redraw) {
  const box = h("section", { class: "card", "aria-labelledby": "h-report" }, h("h2", { id: "h-report" }, "Report an incident"));
  const o = offer(acts, "incident.report");
  if (!o) {
    box.append(h("p", {}, session.info ? "You may not file a report now." : "Sign in to file a report."));
    return box;
  }
  const withEvidence = Boolean(offer(acts, "evidence.submit"));
  const publicChannel = o.choices.includes("public") ? h("input", { type: "checkbox", name: "public_channel" }) : null;
  const lat = h("input", { name: "lat", type: "number", step: "any", required: true, min: -90, max: 90 });
  const lon = h("input", { name: "lon", type: "number", step: "any", required: true, min: -180, max: 180 });
  const occurred = h("input", { name: "occurred", type: "datetime-local", required: true });
  const category = h("select", { name: "category" }, cats.map((c) => h("option", { value: c }, c.replace(/_/g, " "))));
  const alleged = h("select", { name: "alleged_party" }, h("option", { value: "" }, "unknown"),
    process.participants.filter((p) => p.kind === "party").map((p) => h("option", { value: p.id }, p.name)));
  const place = h("input", { name: "place" });
  const narrative = h("textarea", { name: "narrative", rows: 3, required: true });
  const source = h("input", { name: "source", required: true, value: "field report" });
  const casualties = h("input", { name: "casualties", type: "number", min: 0, value: 0 });
  const files = h("input", { name: "evidence", type: "file", multiple: true });
  const out = h("div", { "aria-live": "polite", "data-testid": "report-result" });
  const form = h("form", { "data-act": "incident.report", "data-on": "process" }, h("p", {}, "Click the map to pick the point, or type it."),
    h("div", { class: "grid2" }, field("Latitude", lat), field("Longitude", lon)),
    field("When it happened (UTC)", occurred), field("Category", category), field("Alleged party", alleged),
    field("Place", place), field("What happened", narrative), field("Source", source), field("Casualties (best estimate)", casualties),
    withEvidence ? field("Evidence files", files, "Photos, video, documents: each is stored by its SHA-256 and entered into the chain of custody.") : null,
    publicChannel ? h("label", { class: "inline" }, publicChannel, " Relayed from the public channel") : null,
    h("button", { type: "submit" }, "Sign and file report"), out);
  box.append(form);
  let marker = null;
  const place_marker = () => {
    const a = Number(lat.value), o = Number(lon.value);
    if (!Number.isFinite(a) || !Number.isFinite(o) || lat.value === "" || lon.value === "") return;
    if (marker) marker.remove();
    marker = L.marker([a, o], { title: "Reported point", keyboard: true });
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
      const lines = [`Report ${id} filed at entry ${r.index}.`];
      for (const e of evidence) {
        const er = await act("evidence.submit", {
          content: e.hash, media_type: e.f.type || "application/octet-stream", size: e.size, name: e.f.name, incident: id, at: nowUtc(),
        });
        lines.push(`Evidence ${e.f.name} (${e.hash.slice(0, 12)}…) entered at entry ${er.index}.`);
      }
      out.append(notice("ok", lines.join(" ")));
      form.reset();
      await redraw();
    } catch (e) {
      out.append(notice("error", `Report refused: ${e.message}`));
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
  const name = (i) => `${i.id} · ${fmtTime(i.occurred)} · ${i.category.replace(/_/g, " ")} · ${i.place}`;
  const fill = (select, rows, blank) => select.replaceChildren(blank ? h("option", { value: "" }, blank) : "",
    ...rows.map((i) => h("option", { value: i.id }, name(i))));
  const lazily = (form, then) => { form.addEventListener("toggle", async () => { if (form.open) then(await reports()); }, { once: true }); return form; };
  const ev = offer(acts, "evidence.submit");
  if (ev) {
    const file = h("input", { type: "file", name: "evidence_file", required: true });
    const incident = choose("evidence_incident", [], String, { blank: "—" });
    box.append(lazily(actForm(ev, {
      title: "Submit evidence", label: "Sign and submit evidence", out, after, fold: true,
      submit: async () => {
        const f = file.files[0];
        const bytes = new Uint8Array(await f.arrayBuffer());
        const content = await putBlob(bytes, f.type || "application/octet-stream");
        return act("evidence.submit", { content, media_type: f.type || "application/octet-stream", size: bytes.length, name: f.name, incident: incident.value || null, at: nowUtc() });
      },
    }, field("File", file), field("For the report", incident)), (rows) => fill(incident, rows, "—")));
  }
  const merge = offer(acts, "incident.merge", "incidents");
  if (merge) {
    const into = choose("into", [], String);
    const merged = h("select", { name: "merged", multiple: true, size: 5 });
    const reason = h("input", { name: "merge_reason", required: true });
    const open = (rows) => rows.filter((i) => i.status !== "merged");
    box.append(lazily(actForm(merge, {
      title: "Merge duplicate reports", label: "Sign merge", out, after, fold: true,
      submit: () => act("incident.merge", { into: into.value, merged: [...merged.selectedOptions].map((x) => x.value), reason: reason.value, at: nowUtc() }),
    }, field("Keep", into), field("Merge into it", merged), field("Why they are one incident", reason)),
    (rows) => { fill(into, open(rows)); fill(merged, open(rows)); }));
  }
  const imp = offer(acts, "incident.import");
  if (imp) {
    const file = h("input", { type: "file", name: "acled_csv", accept: ".csv,text/csv", required: true });
    box.append(actForm(imp, {
      title: "Import ACLED events (CSV)", label: "Sign import", out, after, fold: true,
      submit: async () => {
        const bytes = new Uint8Array(await file.files[0].arrayBuffer());
        const content = await putBlob(bytes, "text/csv");
        const rows = csvRecords(new TextDecoder().decode(bytes));
        return act("incident.import", { batch: `acled-${hex(await sha256(bytes)).slice(0, 12)}`, content, rows, at: nowUtc() });
      },
    }, field("ACLED export", file, "Each row becomes a report, placed against the border; the file is kept by its hash.")));
  }
  if (box.childElementCount) box.prepend(out);
  return box;
}
