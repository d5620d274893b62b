/* peristiwa dashboard: plain JS, no framework, no build step.
 *
 * Every panel reads the JSON API of the same origin (relative URLs). All text that
 * comes from the data is put in with textContent (never innerHTML).
 *
 * Event ids (global_event_id) are 60-bit integers, beyond the 2^53 that a JS number
 * holds exactly: responses are read as text and the ids quoted before JSON.parse, so
 * they stay strings everywhere here.
 */
"use strict";

(function () {
  const SVGNS = "http://www.w3.org/2000/svg";

  // CAMEO roots (the 20 top-level event categories).
  const ROOTS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
  };
  const QUADS = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
  };
  const QUAD_COLORS = { 1: "#7fb3d5", 2: "#1f618d", 3: "#f0a35e", 4: "#c0392b" };
  const FILTERS = ["since", "until", "actor", "source", "target", "country", "root", "quad", "q"];
  const CODE_FIELDS = ["actor", "source", "target", "country"];
  const PAGE = 25;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const SPAN_KINDS = ["trigger", "source", "target", "date", "place"];

  const state = {
    filters: {},
    offset: 0,
    stats: null,
    selected: null,
    generation: 0,
    listGeneration: 0,
    loads: 0,
    world: null,
    mapWorld: false,
    cache: {},
  };

  const $ = (id) => document.getElementById(id);

  // ---------- small helpers ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "class") node.setAttribute("class", v);
      else node.setAttribute(k, String(v));
    }
  }

  function append(node, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number"
        ? document.createTextNode(String(c)) : c);
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function fmtInt(n) {
    return Number(n || 0).toLocaleString("en");
  }

  function fmtNum(n, digits) {
    return n === null || n === undefined ? "–" : Number(n).toFixed(digits);
  }

  function plural(n, word) {
    return `${fmtInt(n)} ${word}${Number(n) === 1 ? "" : "s"}`;
  }

  // Quote the big integer ids so JSON.parse keeps every digit.
  function parseJSON(text) {
    return JSON.parse(text.replace(/"global_event_id"\s*:\s*(-?\d+)/g, '"global_event_id":"$1"'));
  }

  function query(params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
    }
    const s = qs.toString();
    return s ? `?${s}` : "";
  }

  async function api(path, params) {
    const res = await fetch(path + query(params || {}), { headers: { Accept: "application/json" } });
    const text = await res.text();
    if (!res.ok) {
      let detail = text;
      try { detail = JSON.stringify(JSON.parse(text).detail); } catch (e) { /* plain text */ }
      throw new Error(`${path}: HTTP ${res.status} ${detail}`);
    }
    return parseJSON(text);
  }

  function status(message, isError) {
    const s = $("status");
    s.textContent = message || "";
    s.classList.toggle("error", !!isError);
  }

  // Goldstein -10..10 -> red .. grey .. blue.
  function goldsteinColor(g) {
    if (g === null || g === undefined || Number.isNaN(Number(g))) return "#a4a9ae";
    const t = Math.max(-1, Math.min(1, Number(g) / 10));
    const grey = [164, 169, 174];
    const end = t < 0 ? [178, 24, 43] : [33, 102, 172];
    const a = Math.pow(Math.abs(t), 0.8);
    const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  // A deterministic pseudo-random generator (mulberry32).
  function rng(seed) {
    let s = seed >>> 0;
    return function () {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Chart size in CSS pixels (the SVG's viewBox matches it, so text is not scaled).
  function sized(svgNode) {
    const box = svgNode.parentNode.getBoundingClientRect();
    const w = Math.max(200, Math.round(box.width));
    const h = Math.max(150, Math.round(box.height));
    svgNode.setAttribute("viewBox", `0 0 ${w} ${h}`);
    clear(svgNode);
    return { w, h };
  }

  function emptyNote(svgNode, w, h, message) {
    svgNode.appendChild(svg("text", {
      x: w / 2, y: h / 2, "text-anchor": "middle", class: "empty-note", text: message,
    }));
  }

  // ---------- tooltip ----------

  const tip = {
    show(evt, head, lines) {
      const t = $("tooltip");
      clear(t);
      t.appendChild(el("div", { class: "t-head", text: head }));
      for (const line of lines || []) {
        if (Array.isArray(line)) t.appendChild(el("div", { class: "t-muted", text: line[0] }));
        else t.appendChild(el("div", { text: line }));
      }
      t.hidden = false;
      tip.move(evt);
    },
    move(evt) {
      const t = $("tooltip");
      if (t.hidden) return;
      const pad = 14;
      let x = evt.clientX + pad;
      let y = evt.clientY + pad;
      const r = t.getBoundingClientRect();
      if (x + r.width > window.innerWidth - 4) x = evt.clientX - r.width - pad;
      if (y + r.height > window.innerHeight - 4) y = evt.clientY - r.height - pad;
      t.style.left = `${Math.max(4, x)}px`;
      t.style.top = `${Math.max(4, y)}px`;
    },
    hide() {
      $("tooltip").hidden = true;
    },
  };

  function hover(node, content) {
    node.addEventListener("mouseenter", (e) => {
      const [head, lines] = content();
      tip.show(e, head, lines);
    });
    node.addEventListener("mousemove", tip.move);
    node.addEventListener("mouseleave", tip.hide);
  }

  // ---------- filters ----------

  function readForm() {
    const form = $("filters");
    const out = {};
    for (const name of FILTERS) {
      let v = (form.elements[name].value || "").trim();
      if (CODE_FIELDS.includes(name)) v = v.toUpperCase();
      if (v) out[name] = v;
    }
    return out;
  }

  function writeForm(filters) {
    const form = $("filters");
    for (const name of FILTERS) form.elements[name].value = filters[name] || "";
  }

  function fromHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ""));
    const out = {};
    for (const name of FILTERS) {
      const v = params.get(name);
      if (v) out[name] = v;
    }
    return out;
  }

  function toHash(filters) {
    const q = query(filters).replace(/^\?/, "");
    const url = location.pathname + location.search + (q ? `#${q}` : "");
    history.replaceState(null, "", url);
  }

  function setFilters(changes) {
    const f = Object.assign({}, state.filters, changes);
    for (const k of Object.keys(f)) if (!f[k]) delete f[k];
    writeForm(f);
    apply();
  }

  function apply() {
    state.filters = readForm();
    state.offset = 0;
    toHash(state.filters);
    refresh();
  }

  function fillSelects() {
    const form = $("filters");
    for (const [code, name] of Object.entries(ROOTS)) {
      form.elements.root.appendChild(el("option", { value: code, text: `${code} ${name}` }));
    }
    for (const [q, name] of Object.entries(QUADS)) {
      form.elements.quad.appendChild(el("option", { value: q, text: `${q} ${name}` }));
    }
  }

  // ---------- refresh ----------

  async function refresh() {
    const gen = ++state.generation;
    const f = state.filters;
    status("Loading…");
    const tasks = [
      loadTimeline(gen, f),
      loadNetwork(gen, f),
      loadMap(gen, f),
      loadActors(gen, f),
      loadList(f),
    ];
    const results = await Promise.allSettled(tasks);
    if (gen !== state.generation) return;
    const failed = results.filter((r) => r.status === "rejected");
    if (failed.length) {
      for (const r of failed) console.error(r.reason);
      status(`Could not load: ${failed.map((r) => r.reason.message).join("; ")}`, true);
      document.body.dataset.state = "error";
    } else {
      status(describeFilters(f));
      document.body.dataset.state = "ready";
    }
    state.loads += 1;
    document.body.dataset.loads = String(state.loads);
  }

  function describeFilters(f) {
    const parts = [];
    if (f.since || f.until) parts.push(`${f.since || "…"} to ${f.until || "…"}`);
    for (const k of ["actor", "source", "target", "country"]) if (f[k]) parts.push(`${k} ${f[k]}*`);
    if (f.root) parts.push(`root ${f.root} ${ROOTS[f.root] || ""}`.trim());
    if (f.quad) parts.push(QUADS[f.quad] || `quad ${f.quad}`);
    if (f.q) parts.push(`“${f.q}”`);
    return parts.length ? `Filtered: ${parts.join(" · ")}` : "";
  }

  async function loadStats() {
    const s = await api("stats");
    state.stats = s;
    const dl = $("stats");
    clear(dl);
    const items = [
      ["Articles", fmtInt(s.articles)],
      ["Sentences", fmtInt(s.sentences)],
      ["Mentions", fmtInt(s.mentions)],
      ["Events", fmtInt(s.events)],
      ["Span", s.first_day ? `${s.first_day} – ${s.last_day}` : "–"],
    ];
    for (const [k, v] of items) {
      dl.appendChild(el("div", { "data-stat": k.toLowerCase() }, el("dt", { text: k }), el("dd", { text: v })));
    }
    $("version").textContent = s.version ? `v${s.version}` : "";
  }

  // ---------- dates and periods ----------

  function parseDay(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
  }

  function isoDay(t) {
    return new Date(t).toISOString().slice(0, 10);
  }

  const DAY = 86400000;

  function nextPeriod(t, interval) {
    const d = new Date(t);
    if (interval === "day") return t + DAY;
    if (interval === "week") return t + 7 * DAY;
    if (interval === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }

  function pickInterval(days) {
    if (days <= 45) return "day";
    if (days <= 300) return "week";
    if (days <= 365 * 8) return "month";
    return "year";
  }

  function spanDays(first, last) {
    const a = parseDay(first);
    const b = parseDay(last);
    return a === null || b === null ? 0 : (b - a) / DAY;
  }

  // ---------- timeline ----------

  async function loadTimeline(gen, f) {
    const choice = $("interval").value;
    let interval = choice;
    if (choice === "auto") {
      const s = state.stats || {};
      const first = [f.since, s.first_day].filter(Boolean).sort().pop();
      const last = [f.until, s.last_day].filter(Boolean).sort()[0];
      interval = pickInterval(spanDays(first, last));
    }
    let res = await api("dyads/series", Object.assign({}, f, { interval }));
    if (choice === "auto" && res.series.length) {
      // The filtered data may span much less than the store: choose again from the
      // axis it will be drawn on.
      const [a, b] = axisRange(res.series, interval, f);
      const again = pickInterval((nextPeriod(b, interval) - a) / DAY);
      if (again !== interval) {
        interval = again;
        res = await api("dyads/series", Object.assign({}, f, { interval }));
      }
    }
    if (gen !== state.generation) return;
    state.cache.timeline = { interval, series: res.series, filters: f };
    drawTimeline();
  }

  // The first day of the period that holds day t (periods as DuckDB's date_trunc).
  function truncPeriod(t, interval) {
    const d = new Date(t);
    if (interval === "day") return t;
    if (interval === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
    if (interval === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return Date.UTC(d.getUTCFullYear(), 0, 1);
  }

  // First and last period of the axis: the data's, widened to the date filter's.
  function axisRange(series, interval, f) {
    let a = parseDay(series[0].period);
    let b = parseDay(series[series.length - 1].period);
    const since = parseDay(f.since);
    const until = parseDay(f.until);
    if (since !== null) a = Math.min(a, truncPeriod(since, interval));
    if (until !== null) b = Math.max(b, truncPeriod(until, interval));
    return [a, b];
  }

  function periodLabel(t, interval, withYear) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    if (interval === "year") return [String(y), ""];
    if (interval === "month") return [MONTHS[d.getUTCMonth()], withYear ? String(y) : ""];
    return [`${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`, withYear ? String(y) : ""];
  }

  function periodName(t, interval) {
    const d = new Date(t);
    const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    if (interval === "year") return String(d.getUTCFullYear());
    if (interval === "month") return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    if (interval === "week") return `Week of ${day}`;
    return day;
  }

  function niceStep(max, ticks) {
    const raw = Math.max(1, max) / ticks;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) if (raw <= m * p) return Math.max(1, m * p);
    return 10 * p;
  }

  function drawTimeline() {
    const node = $("timeline");
    const { w, h } = sized(node);
    const data = state.cache.timeline;
    const legend = $("timeline-legend");
    clear(legend);
    for (const q of [1, 2, 3, 4]) {
      legend.appendChild(el("span", { class: "key" },
        el("span", { class: `swatch q${q}` }), QUADS[q]));
    }
    if (!data) return;
    const { interval, series } = data;
    const total = series.reduce((a, r) => a + r.events, 0);
    $("timeline-sub").textContent = series.length ? `${plural(total, "event")}, by ${interval}` : "";
    if (!series.length) {
      emptyNote(node, w, h, "No dated events match the filters");
      return;
    }
    // Every period from the first to the last, empty ones included.
    const byPeriod = new Map(series.map((r) => [parseDay(r.period), r]));
    const periods = [];
    const [first, end] = axisRange(series, interval, data.filters || {});
    for (let t = first; t <= end && periods.length < 5000;
      t = nextPeriod(t, interval)) {
      periods.push(t);
    }
    const m = { l: 38, r: 10, t: 10, b: 34 };
    const pw = w - m.l - m.r;
    const ph = h - m.t - m.b;
    const max = Math.max(...series.map((r) => r.events));
    const step = niceStep(max, 4);
    const top = Math.ceil(max / step) * step;
    const y = (v) => m.t + ph - (v / top) * ph;
    const band = pw / periods.length;
    const bw = Math.max(1, Math.min(band * 0.82, 48));

    const axis = svg("g", { class: "axis" });
    for (let v = 0; v <= top; v += step) {
      node.appendChild(svg("line", { class: "gridline", x1: m.l, x2: w - m.r, y1: y(v), y2: y(v) }));
      axis.appendChild(svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", text: fmtInt(v) }));
    }
    axis.appendChild(svg("line", { x1: m.l, x2: w - m.r, y1: y(0), y2: y(0) }));

    // x labels: as many as fit, on round periods where that helps.
    const maxLabels = Math.max(2, Math.floor(pw / 64));
    let stride = Math.ceil(periods.length / maxLabels);
    if (interval === "month") stride = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => s >= stride) || stride;
    if (interval === "year") stride = [1, 2, 5, 10, 20, 50].find((s) => s >= stride) || stride;
    let lastYear = null;
    periods.forEach((t, i) => {
      const d = new Date(t);
      let show;
      if (interval === "month") show = (d.getUTCFullYear() * 12 + d.getUTCMonth()) % stride === 0;
      else if (interval === "year") show = d.getUTCFullYear() % stride === 0;
      else show = i % stride === 0;
      if (!show) return;
      const x = m.l + band * (i + 0.5);
      const withYear = d.getUTCFullYear() !== lastYear;
      lastYear = d.getUTCFullYear();
      const [l1, l2] = periodLabel(t, interval, withYear);
      axis.appendChild(svg("line", { x1: x, x2: x, y1: y(0), y2: y(0) + 4 }));
      axis.appendChild(svg("text", { x, y: y(0) + 15, "text-anchor": "middle", text: l1 }));
      if (l2) axis.appendChild(svg("text", { x, y: y(0) + 27, "text-anchor": "middle", text: l2 }));
    });
    node.appendChild(axis);

    const bars = svg("g", { class: "bars" });
    periods.forEach((t, i) => {
      const r = byPeriod.get(t);
      const x = m.l + band * i + (band - bw) / 2;
      if (r) {
        let acc = 0;
        for (const q of [1, 2, 3, 4]) {
          const v = r[`quad${q}`] || 0;
          if (!v) continue;
          bars.appendChild(svg("rect", {
            class: "bar", "data-quad": q, x, width: bw,
            y: y(acc + v), height: Math.max(0.5, y(acc) - y(acc + v)), fill: QUAD_COLORS[q],
          }));
          acc += v;
        }
      }
      const hit = svg("rect", { class: "hit", x: m.l + band * i, width: band, y: m.t, height: ph });
      hover(hit, () => {
        const lines = r ? [1, 2, 3, 4].map((q) => `${QUADS[q]}: ${fmtInt(r[`quad${q}`])}`) : [];
        if (r) lines.push([`mean Goldstein ${fmtNum(r.goldstein_mean, 2)} · ${plural(r.mentions, "mention")}`]);
        return [`${periodName(t, interval)}: ${plural(r ? r.events : 0, "event")}`, lines];
      });
      hit.addEventListener("click", () => {
        tip.hide();
        setFilters({ since: isoDay(t), until: isoDay(nextPeriod(t, interval) - DAY) });
      });
      bars.appendChild(hit);
    });
    node.appendChild(bars);
  }

  // ---------- network ----------

  async function loadNetwork(gen, f) {
    const dyads = await api("dyads", Object.assign({}, f, { limit: 80 }));
    if (gen !== state.generation) return;
    state.cache.network = layoutNetwork(dyads);
    drawNetwork();
  }

  function layoutNetwork(dyads) {
    const nodes = new Map();
    const node = (code) => {
      if (!nodes.has(code)) nodes.set(code, { code, events: 0, names: new Map() });
      return nodes.get(code);
    };
    for (const d of dyads) {
      const s = node(d.source);
      const t = node(d.target);
      s.events += d.events;
      if (t !== s) t.events += d.events;
      if (d.source_name) s.names.set(d.source_name, (s.names.get(d.source_name) || 0) + d.events);
      if (d.target_name) t.names.set(d.target_name, (t.names.get(d.target_name) || 0) + d.events);
    }
    const list = [...nodes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    list.forEach((n, i) => {
      n.index = i;
      n.name = [...n.names.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map((e) => e[0]).slice(0, 3);
    });
    const edges = dyads.map((d) => ({
      s: nodes.get(d.source).index, t: nodes.get(d.target).index, d,
    }));
    // Each connected component is laid out on its own, then the components are
    // packed: the largest on the left, the others in a grid on the right.
    const comps = components(list.length, edges);
    const cells = packCells(comps.map((c) => c.length));
    comps.forEach((comp, ci) => {
      const local = new Map(comp.map((g, i) => [g, i]));
      const own = edges.filter((e) => local.has(e.s))
        .map((e) => ({ s: local.get(e.s), t: local.get(e.t), events: e.d.events }));
      const pos = forceLayout(comp.length, own, 20240514 + ci);
      const [cx0, cy0, cw, ch] = cells[ci];
      const xs = pos.map((p) => p[0]);
      const ys = pos.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      comp.forEach((g, i) => {
        const fx = x1 - x0 < 1e-6 ? 0.5 : (pos[i][0] - x0) / (x1 - x0);
        const fy = y1 - y0 < 1e-6 ? 0.5 : (pos[i][1] - y0) / (y1 - y0);
        list[g].x = cx0 + cw * (0.1 + 0.8 * fx);
        list[g].y = cy0 + ch * (0.16 + 0.68 * fy);
      });
    });
    return { nodes: list, edges };
  }

  function components(n, edges) {
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (const e of edges) parent[find(e.s)] = find(e.t);
    const groups = new Map();
    for (let i = 0; i < n; i++) {
      const r = find(i);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(i);
    }
    return [...groups.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  }

  // Cells [x, y, w, h] in the unit square, one per component (sizes largest first).
  function packCells(sizes) {
    const grid = (count, x, y, w, h) => {
      const cols = Math.max(1, Math.ceil(Math.sqrt(count * (w / h) / 1.6)));
      const rows = Math.ceil(count / cols);
      return Array.from({ length: count }, (_, i) => [
        x + (w / cols) * (i % cols), y + (h / rows) * Math.floor(i / cols), w / cols, h / rows]);
    };
    if (sizes.length === 1) return [[0, 0, 1, 1]];
    if (sizes[0] <= 3) return grid(sizes.length, 0, 0, 1, 1);
    const rest = sizes.length - 1;
    const share = sizes[0] / sizes.reduce((a, b) => a + b, 0);
    const f = Math.max(0.55, Math.min(0.8, share));
    return [[0, 0, f, 1], ...grid(rest, f, 0, 1 - f, 1)];
  }

  // Fruchterman-Reingold in a unit square, from a seeded start: the same graph is
  // always drawn the same way.
  function forceLayout(n, edges, seed) {
    const rand = rng(seed);
    const pos = Array.from({ length: n }, () => [rand(), rand()]);
    if (n < 2) return pos;
    const k = 0.9 / Math.sqrt(n);
    const iterations = 300;
    for (let it = 0; it < iterations; it++) {
      const temp = 0.1 * (1 - it / iterations) + 0.002;
      const disp = pos.map(() => [0, 0]);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i][0] - pos[j][0];
          let dy = pos[i][1] - pos[j][1];
          let dist = Math.hypot(dx, dy);
          if (dist < 1e-6) { dx = rand() * 1e-3; dy = rand() * 1e-3; dist = Math.hypot(dx, dy); }
          const force = (k * k) / dist;
          disp[i][0] += (dx / dist) * force; disp[i][1] += (dy / dist) * force;
          disp[j][0] -= (dx / dist) * force; disp[j][1] -= (dy / dist) * force;
        }
      }
      for (const e of edges) {
        if (e.s === e.t) continue;
        const dx = pos[e.s][0] - pos[e.t][0];
        const dy = pos[e.s][1] - pos[e.t][1];
        const dist = Math.max(1e-6, Math.hypot(dx, dy));
        const force = ((dist * dist) / k) * (1 + Math.log(e.events) * 0.3);
        disp[e.s][0] -= (dx / dist) * force; disp[e.s][1] -= (dy / dist) * force;
        disp[e.t][0] += (dx / dist) * force; disp[e.t][1] += (dy / dist) * force;
      }
      for (let i = 0; i < n; i++) {
        disp[i][0] += (0.5 - pos[i][0]) * k;
        disp[i][1] += (0.5 - pos[i][1]) * k;
        const len = Math.max(1e-9, Math.hypot(disp[i][0], disp[i][1]));
        const step = Math.min(len, temp);
        pos[i][0] += (disp[i][0] / len) * step;
        pos[i][1] += (disp[i][1] / len) * step;
      }
    }
    return pos;
  }

  // Pixel positions for the nodes, nudged apart until no node and its label overlap
  // another (boxes pushed along their smaller overlap; deterministic).
  function spread(nodes, radius, w, h, pad) {
    const P = nodes.map((n) => [pad.l + n.x * (w - pad.l - pad.r), pad.t + n.y * (h - pad.t - pad.b)]);
    const R = nodes.map(radius);
    const L = nodes.map((n) => 4 + 6.8 * n.code.length);
    const box = (i) => {
      const hh = Math.max(R[i], 7) + 1;
      return [P[i][0] - R[i] - 1, P[i][1] - hh, P[i][0] + R[i] + L[i], P[i][1] + hh];
    };
    const clamp = (i) => {
      P[i][0] = Math.max(R[i] + 2, Math.min(w - R[i] - L[i], P[i][0]));
      P[i][1] = Math.max(R[i] + 2, Math.min(h - R[i] - 2, P[i][1]));
    };
    for (let it = 0; it < 200; it++) {
      let moved = false;
      for (let i = 0; i < P.length; i++) {
        for (let j = i + 1; j < P.length; j++) {
          const a = box(i);
          const b = box(j);
          const ox = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
          const oy = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          if (ox < oy * 2.5) {
            const dir = P[i][0] < P[j][0] || (P[i][0] === P[j][0] && i < j) ? -1 : 1;
            const step = Math.min(ox / 2 + 0.5, 6);
            P[i][0] += dir * step; P[j][0] -= dir * step;
          } else {
            const dir = P[i][1] < P[j][1] || (P[i][1] === P[j][1] && i < j) ? -1 : 1;
            const step = Math.min(oy / 2 + 0.5, 6);
            P[i][1] += dir * step; P[j][1] -= dir * step;
          }
          clamp(i); clamp(j);
        }
      }
      if (!moved) break;
    }
    return P;
  }

  function drawNetwork() {
    const node = $("network");
    const { w, h } = sized(node);
    const legend = $("network-legend");
    clear(legend);
    legend.appendChild(el("span", { class: "key" }, "mean Goldstein −10", el("span", { class: "ramp" }), "+10"));
    legend.appendChild(el("span", { class: "key" }, "edge width: events · click a node to filter"));
    const data = state.cache.network;
    if (!data) return;
    const { nodes, edges } = data;
    $("network-sub").textContent = nodes.length
      ? `${plural(nodes.length, "actor")}, ${plural(edges.length, "dyad")}` : "";
    if (!nodes.length) {
      emptyNote(node, w, h, "No dyads match the filters");
      return;
    }
    const maxEvents = Math.max(...nodes.map((n) => n.events));
    const maxEdge = Math.max(...edges.map((e) => e.d.events));
    const radius = (n) => 4 + 11 * Math.sqrt(n.events / maxEvents);
    // the layout is in the unit square: stretch it over the panel
    const pad = { l: 16, r: 58, t: 22, b: 14 };
    const P = spread(nodes, radius, w, h, pad);
    const px = (n) => P[n.index][0];
    const py = (n) => P[n.index][1];

    const gEdges = svg("g", { class: "edges" });
    const gNodes = svg("g", { class: "nodes" });
    const edgeEls = [];
    for (const e of edges) {
      const a = nodes[e.s];
      const b = nodes[e.t];
      const color = goldsteinColor(e.d.goldstein_mean);
      const width = 1 + 4 * Math.sqrt(e.d.events / maxEdge);
      let pathD;
      let arrow = null;
      if (a === b) {
        const r = radius(a);
        const cx = px(a);
        const cy = py(a);
        pathD = `M${cx + r * 0.7} ${cy - r * 0.7} C${cx + r + 18} ${cy - r - 22} ${cx - r - 18} ${cy - r - 22} ${cx - r * 0.7} ${cy - r * 0.7}`;
      } else {
        const ax = px(a); const ay = py(a); const bx = px(b); const by = py(b);
        const dx = bx - ax; const dy = by - ay;
        const len = Math.max(1, Math.hypot(dx, dy));
        // bend to the right of the direction, so A->B and B->A do not overlap
        const cx = (ax + bx) / 2 + (dy / len) * len * 0.12;
        const cy = (ay + by) / 2 - (dx / len) * len * 0.12;
        const tx = bx - cx; const ty = by - cy;
        const tl = Math.max(1, Math.hypot(tx, ty));
        const ux = tx / tl; const uy = ty / tl;
        const rb = radius(b) + 2;
        const ex = bx - ux * rb; const ey = by - uy * rb;
        const ah = 6 + width; const aw = 3 + width / 2;
        const bx2 = ex - ux * ah; const by2 = ey - uy * ah;
        pathD = `M${ax} ${ay} Q${cx} ${cy} ${bx2} ${by2}`;
        arrow = svg("path", {
          class: "arrow", fill: color,
          d: `M${ex} ${ey} L${bx2 - uy * aw} ${by2 + ux * aw} L${bx2 + uy * aw} ${by2 - ux * aw}Z`,
        });
      }
      const p = svg("path", { class: "edge", d: pathD, stroke: color, "stroke-width": width });
      const content = () => [`${e.d.source} → ${e.d.target}: ${plural(e.d.events, "event")}`, [
        `${e.d.source_name || e.d.source} → ${e.d.target_name || e.d.target}`,
        [`mean Goldstein ${fmtNum(e.d.goldstein_mean, 2)}`],
      ]];
      hover(p, content);
      gEdges.appendChild(p);
      if (arrow) { hover(arrow, content); gEdges.appendChild(arrow); }
      edgeEls.push({ e, p, arrow });
    }
    for (const n of nodes) {
      const c = svg("circle", {
        class: "node", cx: px(n), cy: py(n), r: radius(n), fill: "#34495e", "data-code": n.code,
        tabindex: 0, role: "button", "aria-label": `${n.code}: ${n.name.join(", ")}`,
      });
      const label = svg("text", { class: "node-label", x: px(n) + radius(n) + 3, y: py(n) + 4, text: n.code });
      hover(c, () => [`${n.code}: ${plural(n.events, "event")}`, n.name.length ? [n.name.join(" · ")] : []]);
      c.addEventListener("mouseenter", () => highlight(n.index));
      c.addEventListener("mouseleave", () => highlight(null));
      const pick = () => { tip.hide(); setFilters({ actor: n.code }); };
      c.addEventListener("click", pick);
      c.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
      gNodes.appendChild(c);
      gNodes.appendChild(label);
    }
    function highlight(index) {
      for (const { e, p, arrow } of edgeEls) {
        const dim = index !== null && e.s !== index && e.t !== index;
        p.classList.toggle("dim", dim);
        if (arrow) arrow.classList.toggle("dim", dim);
      }
    }
    node.appendChild(gEdges);
    node.appendChild(gNodes);
  }

  // ---------- map ----------

  async function loadWorld() {
    if (!state.world) state.world = await api("static/world.json");
    return state.world;
  }

  async function loadMap(gen, f) {
    const [places] = await Promise.all([api("places", Object.assign({}, f, { limit: 1000 })), loadWorld()]);
    if (gen !== state.generation) return;
    state.cache.map = places;
    drawMap();
  }

  function mapExtent(places, width, height) {
    const aspect = width / height;
    let lon0; let lon1; let lat0; let lat1;
    if (!places.length || state.mapWorld) {
      [lon0, lon1, lat0, lat1] = [-180, 180, -60, 84];
    } else {
      lon0 = Math.min(...places.map((p) => p.lon)); lon1 = Math.max(...places.map((p) => p.lon));
      lat0 = Math.min(...places.map((p) => p.lat)); lat1 = Math.max(...places.map((p) => p.lat));
      // at least 24 x 14 degrees, then a margin
      const cx = (lon0 + lon1) / 2; const cy = (lat0 + lat1) / 2;
      const hw = Math.max(12, (lon1 - lon0) / 2) * 1.18 + 2;
      const hh = Math.max(7, (lat1 - lat0) / 2) * 1.18 + 2;
      [lon0, lon1, lat0, lat1] = [cx - hw, cx + hw, cy - hh, cy + hh];
    }
    // widen one side to the panel's shape
    const w = lon1 - lon0; const hgt = lat1 - lat0;
    if (w / hgt < aspect) {
      const extra = (hgt * aspect - w) / 2; lon0 -= extra; lon1 += extra;
    } else {
      const extra = (w / aspect - hgt) / 2; lat0 -= extra; lat1 += extra;
    }
    if (places.length && !state.mapWorld) {
      // room for the largest circle (and a label) at the edges
      const pad = (24 * (lon1 - lon0)) / width;
      lon0 -= pad; lon1 += pad; lat0 -= pad; lat1 += pad;
    }
    return { lon0, lon1, lat0, lat1 };
  }

  function drawMap() {
    const node = $("map");
    const { w, h } = sized(node);
    const legend = $("map-legend");
    clear(legend);
    legend.appendChild(el("span", { class: "key" }, "mean Goldstein −10", el("span", { class: "ramp" }), "+10"));
    legend.appendChild(el("span", { class: "key" }, el("span", { class: "dot" }), "size: events"));
    const places = state.cache.map;
    if (!places || !state.world) return;
    const total = places.reduce((a, p) => a + p.events, 0);
    $("map-sub").textContent = places.length
      ? `${plural(places.length, "place")}, ${plural(total, "event")}` : "";
    const ext = mapExtent(places, w, h);
    const k = w / (ext.lon1 - ext.lon0);
    const px = (lon) => (lon - ext.lon0) * k;
    const py = (lat) => (ext.lat1 - lat) * k;
    node.appendChild(svg("rect", { class: "ocean", x: 0, y: 0, width: w, height: h }));
    const g = svg("g", { transform: `translate(${-ext.lon0 * k} ${ext.lat1 * k}) scale(${k})` });
    const grat = [];
    for (let lon = -180; lon <= 180; lon += 30) grat.push(`M${lon} -85V85`);
    for (let lat = -60; lat <= 80; lat += 30) grat.push(`M-180 ${-lat}H180`);
    g.appendChild(svg("path", { class: "graticule", d: grat.join(""), "vector-effect": "non-scaling-stroke" }));
    for (const c of state.world.countries) {
      const p = svg("path", { class: "country", d: c.d, "vector-effect": "non-scaling-stroke" });
      p.appendChild(svg("title", { text: c.name }));
      g.appendChild(p);
    }
    node.appendChild(g);
    if (!places.length) {
      emptyNote(node, w, h, "No events with a place match the filters");
      return;
    }
    const max = Math.max(...places.map((p) => p.events));
    const radius = (p) => 3.5 + 13 * Math.sqrt(p.events / max);
    const sorted = [...places].sort((a, b) => b.events - a.events);
    const gPlaces = svg("g", { class: "places" });
    for (const p of sorted) {
      const c = svg("circle", {
        class: "place", cx: px(p.lon), cy: py(p.lat), r: radius(p), fill: goldsteinColor(p.goldstein_mean),
        "data-name": p.name,
      });
      hover(c, () => [`${p.name}${p.country ? ` (${p.country})` : ""}`, [
        plural(p.events, "event"), [`mean Goldstein ${fmtNum(p.goldstein_mean, 2)}`],
        [`${fmtNum(p.lat, 2)}, ${fmtNum(p.lon, 2)}`],
      ]]);
      gPlaces.appendChild(c);
    }
    // name the largest few
    const labelled = [];
    for (const p of sorted.slice(0, 8)) {
      const x = px(p.lon); const y = py(p.lat);
      if (x < 0 || x > w || y < 0 || y > h) continue;
      if (labelled.some(([lx, ly]) => Math.abs(lx - x) < 70 && Math.abs(ly - y) < 14)) continue;
      labelled.push([x, y]);
      const r = radius(p);
      const right = x < w - 90;
      gPlaces.appendChild(svg("text", {
        class: "place-label", x: right ? x + r + 3 : x - r - 3, y: y + 4,
        "text-anchor": right ? "start" : "end", text: p.name,
      }));
    }
    node.appendChild(gPlaces);
  }

  // ---------- actors ----------

  async function loadActors(gen, f) {
    const actors = await api("actors", Object.assign({}, f, { limit: 30 }));
    if (gen !== state.generation) return;
    state.cache.actors = actors;
    drawActors();
  }

  function drawActors() {
    const box = $("actors");
    clear(box);
    const legend = $("actors-legend");
    clear(legend);
    legend.appendChild(el("span", { class: "key" },
      el("span", { class: "swatch", style: "background:#5d8aa8" }), "as source"));
    legend.appendChild(el("span", { class: "key" },
      el("span", { class: "swatch", style: "background:#c9a66b" }), "as target"));
    legend.appendChild(el("span", { class: "key", text: "click an actor to filter" }));
    const actors = state.cache.actors;
    if (!actors) return;
    $("actors-sub").textContent = actors.length ? `top ${actors.length}` : "";
    if (!actors.length) {
      box.appendChild(el("p", { class: "empty", text: "No actors match the filters." }));
      return;
    }
    const max = Math.max(...actors.map((a) => a.events));
    for (const a of actors) {
      const src = el("span", { class: "as-source" });
      const tgt = el("span", { class: "as-target" });
      src.style.width = `${(100 * a.as_source) / max}%`;
      tgt.style.width = `${(100 * a.as_target) / max}%`;
      const row = el("div", { class: "actor-row", tabindex: 0, role: "button", "data-code": a.code },
        el("span", { class: "code", text: a.code }),
        el("span", { class: "name", text: a.name || "" }),
        el("span", { class: "bars" }, src, tgt),
        el("span", { class: "n", text: fmtInt(a.events) }));
      hover(row, () => [`${a.code}: ${plural(a.events, "event")}`,
        [a.name || "", [`${fmtInt(a.as_source)} as source · ${fmtInt(a.as_target)} as target`]]]);
      const pick = () => { tip.hide(); setFilters({ actor: a.code }); };
      row.addEventListener("click", pick);
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
      box.appendChild(row);
    }
  }

  // ---------- event list ----------

  async function loadList(f) {
    const gen = ++state.listGeneration;
    const filters = f || state.filters;
    const res = await api("events", Object.assign({}, filters, { limit: PAGE, offset: state.offset }));
    if (gen !== state.listGeneration) return;
    drawList(res);
    document.body.dataset.listLoads = String((Number(document.body.dataset.listLoads) || 0) + 1);
  }

  function snippet(sentence, trigger) {
    const chars = Array.from(sentence || "");
    const text = chars.length > 240 ? `${chars.slice(0, 237).join("")}…` : chars.join("");
    const out = el("span");
    const at = trigger ? text.indexOf(trigger) : -1;
    if (at < 0) { out.textContent = text; return out; }
    append(out, [text.slice(0, at), el("b", { text: trigger }), text.slice(at + trigger.length)]);
    return out;
  }

  function actorCell(code, name) {
    const td = el("td");
    if (!code) { td.appendChild(el("span", { class: "name", text: "—" })); return td; }
    td.appendChild(el("span", { class: "code", text: code }));
    if (name) td.appendChild(el("span", { class: "name", text: name, title: name }));
    return td;
  }

  function drawList(res) {
    const table = $("events");
    for (const tb of [...table.tBodies]) table.removeChild(tb);
    const { total, offset, events } = res;
    $("events-sub").textContent = `${fmtInt(total)} match`;
    $("page").textContent = total ? `${fmtInt(offset + 1)}–${fmtInt(offset + events.length)} of ${fmtInt(total)}` : "0 of 0";
    $("prev").disabled = offset <= 0;
    $("next").disabled = offset + events.length >= total;
    if (!events.length) {
      table.appendChild(el("tbody", { class: "none" }, el("tr", {},
        el("td", { colspan: 6, class: "empty", text: "No events match the filters." }))));
      return;
    }
    // One <tbody> per event: its coding on one row, the sentence on the next.
    for (const e of events) {
      const root = e.root || (e.code || "").slice(0, 2);
      const group = el("tbody", {
        class: "ev", tabindex: 0, "data-id": e.global_event_id, "data-quad": e.quad_class,
        "data-root": root, "data-code": e.code, "data-source": e.source || "",
        "data-target": e.target || "", "data-trigger": e.trigger_text || "",
      },
      el("tr", { class: "coding" },
        el("td", { class: "date", text: e.date || e.day || "–", title: e.day ? `day ${e.day} (${e.date_precision || "day"})` : null }),
        actorCell(e.source, e.source_name),
        el("td", { class: "event" },
          el("span", { class: `quad q${e.quad_class}`, title: QUADS[e.quad_class] || "" }),
          el("span", { class: "code", text: e.code }),
          el("span", { class: "rootname", text: e.code_name || ROOTS[root] || "",
                     title: e.code_name || ROOTS[root] || null })),
        actorCell(e.target, e.target_name),
        el("td", { class: "place", text: e.place ? e.place.name : "–", title: e.place && e.place.country ? e.place.country : null }),
        el("td", { class: "num", text: fmtInt(e.num_mentions) })),
      el("tr", { class: "text" },
        el("td"),
        el("td", { colspan: 5, class: "sentence" }, snippet(e.sentence, e.trigger_text))));
      if (state.selected === e.global_event_id) group.classList.add("selected");
      group.addEventListener("click", () => select(e.global_event_id, group));
      group.addEventListener("keydown", (ev) => { if (ev.key === "Enter") select(e.global_event_id, group); });
      table.appendChild(group);
    }
  }

  function page(delta) {
    state.offset = Math.max(0, state.offset + delta * PAGE);
    loadList().catch((err) => { console.error(err); status(err.message, true); });
  }

  // ---------- evidence ----------

  async function select(id, tr) {
    state.selected = id;
    for (const row of document.querySelectorAll("#events tbody.selected")) row.classList.remove("selected");
    if (tr) tr.classList.add("selected");
    const body = $("evidence-body");
    try {
      const ev = await api(`events/${encodeURIComponent(id)}`);
      if (state.selected !== id) return;
      drawEvidence(ev);
      $("evidence").dataset.event = id;
      if (window.innerWidth <= 980) $("evidence").scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (err) {
      console.error(err);
      clear(body);
      body.appendChild(el("p", { class: "empty", text: `Could not load event ${id}: ${err.message}` }));
    }
  }

  // Split a sentence into runs by the spans covering them. Offsets count code points
  // (Python's), so the sentence is split with Array.from, not by UTF-16 units.
  function highlighted(text, spans) {
    const chars = Array.from(text || "");
    const n = chars.length;
    const marks = [];
    for (const kind of SPAN_KINDS) {
      const s = spans && spans[kind];
      if (!s) continue;
      const a = Math.max(0, Math.min(n, s[0]));
      const b = Math.max(a, Math.min(n, s[1]));
      if (b > a) marks.push({ kind, a, b });
    }
    const cuts = new Set([0, n]);
    for (const m of marks) { cuts.add(m.a); cuts.add(m.b); }
    const points = [...cuts].sort((x, y) => x - y);
    const out = el("p", { class: "sentence" });
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]; const b = points[i + 1];
      const piece = chars.slice(a, b).join("");
      const kinds = marks.filter((m) => m.a <= a && m.b >= b).map((m) => m.kind);
      if (!kinds.length) { out.appendChild(document.createTextNode(piece)); continue; }
      out.appendChild(el("mark", {
        class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "), title: kinds.join(", "), text: piece,
      }));
    }
    return out;
  }

  function spanLegend() {
    return el("div", { class: "span-legend" },
      SPAN_KINDS.map((k) => el("mark", { class: `hl hl-${k}`, text: k })));
  }

  function metaList(pairs) {
    const dl = el("dl", { class: "meta" });
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
      dl.appendChild(el("dt", { text: k }));
      const dd = el("dd");
      if (v instanceof Node) dd.appendChild(v);
      else dd.textContent = String(v);
      dl.appendChild(dd);
    }
    return dl;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function drawEvidence(ev) {
    const body = $("evidence-body");
    clear(body);
    const root = ev.root || (ev.code || "").slice(0, 2);
    const head = el("div", { class: "event-head" },
      el("div", { class: "who" },
        el("span", { class: "code", text: ev.source || "—" }),
        el("span", { class: "arrow-sep", text: "→" }),
        el("span", { class: `quad q${ev.quad_class}` }),
        el("span", { class: "code", text: ev.code }), ` ${ev.code_name || ROOTS[root] || ""}`,
        el("span", { class: "arrow-sep", text: "→" }),
        el("span", { class: "code", text: ev.target || "—" })),
      metaList([
        ["Source", ev.source_name],
        ["Target", ev.target_name],
        ["Date", ev.date ? `${ev.date} (${ev.date_precision || "day"})` : ev.day],
        ["Place", ev.place ? [ev.place.name, ev.place.country, ev.place.kind].filter(Boolean).join(" · ") : null],
        ["Class", `${ev.quad_class} ${QUADS[ev.quad_class] || ""} · Goldstein ${fmtNum(ev.goldstein, 1)}`],
        ["PLOVER", ev.plover ? `${ev.plover}${ev.plover_mode ? ` / ${ev.plover_mode}` : ""}` : null],
        ["Counts", `${plural(ev.num_mentions, "mention")} in ${plural(ev.num_articles, "article")}, ${plural(ev.num_sources, "source")}`],
        ["Event id", ev.global_event_id],
      ]));
    body.appendChild(head);
    body.appendChild(spanLegend());
    (ev.mentions || []).forEach((m, i) => {
      const card = el("div", { class: "mention", "data-index": i });
      const url = safeUrl(m.url);
      const title = m.title || m.origin || m.url || m.article_id;
      const article = el("div", { class: "article" });
      if (url) {
        article.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: title }));
      } else {
        article.appendChild(el("span", { class: "title", text: title }));
      }
      const bits = [m.site, m.published, `sentence ${m.sentence}`].filter(Boolean);
      article.appendChild(document.createTextNode(` · ${bits.join(" · ")}`));
      card.appendChild(article);
      card.appendChild(highlighted(m.sentence_text, m.in_sentence));
      const notes = m.notes && m.notes.length
        ? el("ul", { class: "notes" }, m.notes.map((t) => el("li", { text: t }))) : null;
      card.appendChild(metaList([
        ["Coded", `${m.source || "—"} ${m.code} ${m.target || "—"}`],
        ["Trigger", m.trigger_text],
        ["Source", m.source_text],
        ["Target", m.target_text],
        ["Date", m.date_text],
        ["Place", m.place_text],
        ["Rule", m.rule ? el("code", { class: "rule", text: m.rule }) : null],
        ["Notes", notes],
        ["URL", url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url }) : null],
      ]));
      body.appendChild(card);
    });
    if (!(ev.mentions || []).length) body.appendChild(el("p", { class: "empty", text: "No mentions stored." }));
  }

  // ---------- start ----------

  let resizeTimer = null;
  function redraw() {
    if (state.cache.timeline) drawTimeline();
    if (state.cache.network) drawNetwork();
    if (state.cache.map) drawMap();
  }

  async function start() {
    fillSelects();
    state.filters = fromHash();
    writeForm(state.filters);
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
    $("filters").addEventListener("reset", () => { setTimeout(apply, 0); });
    $("interval").addEventListener("change", () => {
      loadTimeline(state.generation, state.filters).catch((err) => { console.error(err); status(err.message, true); });
    });
    $("map-world").addEventListener("click", () => {
      state.mapWorld = !state.mapWorld;
      $("map-world").setAttribute("aria-pressed", String(state.mapWorld));
      drawMap();
    });
    $("prev").addEventListener("click", () => page(-1));
    $("next").addEventListener("click", () => page(1));
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(redraw, 150);
    });
    window.addEventListener("scroll", tip.hide, { passive: true });
    try {
      await loadStats();
    } catch (err) {
      console.error(err);
      status(`Could not load /stats: ${err.message}`, true);
    }
    await refresh();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
