/// The self-contained page `attrib report --html` writes: CSS and JavaScript inline, no network.
/// `HTMLReport` replaces the placeholder `/*ATTRIB_DATA*/null` with the report's JSON.
enum ReportTemplate {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>attrib sourcing report</title>
<style>
:root {
  --ink: #1f2430; --muted: #5d6575; --faint: #8a92a3; --line: #e2e5eb; --panel: #f6f7f9; --bg: #ffffff;
  --accent: #2f5fb3; --accent-soft: #e8eefa;
  --named: #2e8b57; --named-soft: #e3f3ea; --unnamed: #d08a12; --unnamed-soft: #fcf0d9;
  --outlet: #5b6fa8; --outlet-soft: #e6eaf5; --unknown: #8a92a3; --unknown-soft: #eef0f3;
  --deny: #c8362f; --deny-soft: #fbe6e4;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
}
.wrap { max-width: 1240px; margin: 0 auto; padding: 28px 32px 48px; }
header.top { border-bottom: 1px solid var(--line); padding-bottom: 18px; margin-bottom: 8px; }
h1 { font-size: 26px; line-height: 1.2; margin: 0 0 6px; letter-spacing: -0.01em; }
h2 { font-size: 19px; margin: 0 0 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta { color: var(--muted); margin: 0; display: flex; flex-wrap: wrap; gap: 4px 22px; }
.meta b { color: var(--ink); font-weight: 600; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
.notice { background: var(--unnamed-soft); border: 1px solid #f1d9a6; color: #6b4a0a; border-radius: 8px; padding: 8px 12px; margin: 14px 0 0; }
.totals { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 14px; margin-top: 18px; }
.stat { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
.stat .num { font-size: 26px; font-weight: 650; line-height: 1.1; font-variant-numeric: tabular-nums; }
.stat .lbl { color: var(--muted); font-size: 13px; }
.stat.warn { background: var(--unnamed-soft); border-color: #f1d9a6; }
.stat.warn .num { color: #9a6200; }
nav.toc { display: flex; gap: 18px; flex-wrap: wrap; padding: 10px 0; margin-bottom: 6px; font-size: 13px; }
nav.toc a { color: var(--accent); text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
section { margin-top: 30px; }
.sec-head { display: flex; align-items: flex-end; justify-content: space-between; gap: 16px; margin-bottom: 10px; flex-wrap: wrap; }
.sec-head p { margin: 0; color: var(--muted); font-size: 13px; max-width: 760px; }
input.search {
  font: inherit; padding: 7px 11px; width: 280px; border: 1px solid #cfd4dc; border-radius: 7px; background: #fff; color: var(--ink);
}
input.search:focus { outline: 2px solid var(--accent-soft); border-color: var(--accent); }
.count { color: var(--faint); font-size: 12px; margin-left: 8px; white-space: nowrap; }
.table-box { border: 1px solid var(--line); border-radius: 10px; overflow: auto; max-height: 460px; background: #fff; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 7px 12px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
th {
  position: sticky; top: 0; z-index: 1; background: var(--panel); font-size: 12.5px; font-weight: 600; color: var(--muted);
  cursor: pointer; user-select: none; vertical-align: bottom;
}
th:hover { color: var(--ink); }
th .arrow { color: var(--accent); margin-left: 3px; font-size: 10px; }
th .arrow:empty { display: none; }
th.num, td.num { text-align: right; }
td.num { white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
tbody tr:last-child td { border-bottom: none; }
tbody tr:hover td { background: #fafbfc; }
table.clickable tbody tr { cursor: pointer; }
tbody tr.selected td { background: var(--accent-soft); }
tbody tr.selected td:first-child { box-shadow: inset 3px 0 0 var(--accent); }
td.empty { color: var(--faint); text-align: center; padding: 18px; }
.sub { color: var(--faint); font-size: 12px; }
.zero { color: var(--faint); }
.badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 1px 8px; border-radius: 999px; white-space: nowrap; }
.badge.unnamed { background: var(--unnamed-soft); color: #8a5a00; border: 1px solid #efd29a; }
.badge.named { background: var(--named-soft); color: #1f6b40; border: 1px solid #b9e0c9; }
.badge.deny { background: var(--deny-soft); color: #9d251f; border: 1px solid #f1c2be; }
.badge.kind { background: var(--panel); color: var(--muted); border: 1px solid var(--line); font-weight: 500; }
.sharebar { display: inline-block; width: 70px; height: 8px; border-radius: 4px; background: var(--unnamed-soft); vertical-align: middle; margin-right: 8px; overflow: hidden; }
.sharebar span { display: block; height: 100%; background: var(--named); }
.panel { border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; background: #fff; }
.claim-title { font-size: 17px; font-weight: 600; margin: 0 0 6px; }
.claim-facts { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; color: var(--muted); font-size: 13px; margin-bottom: 10px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 12px; color: var(--muted); margin: 6px 0 4px; }
.legend span.key { display: inline-flex; align-items: center; gap: 6px; }
.legend i { display: inline-block; width: 14px; height: 10px; border-radius: 3px; border: 1.5px solid; }
.graph-box { overflow-x: auto; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
#provenance-graph { display: block; max-width: 100%; height: auto; }
#provenance-graph .node rect { stroke-width: 1.5; }
#provenance-graph .node:hover rect { stroke-width: 2.5; }
#provenance-graph .col-title { font-size: 11px; font-weight: 600; fill: var(--faint); letter-spacing: 0.06em; text-transform: uppercase; }
#provenance-graph .label { font-size: 12.5px; font-weight: 600; fill: var(--ink); }
#provenance-graph .sublabel { font-size: 11px; fill: var(--muted); }
#provenance-graph .edge { fill: none; stroke-width: 1.6; }
#provenance-graph .edge-count { font-size: 10.5px; font-weight: 600; fill: var(--muted); }
.detail-lists { display: grid; grid-template-columns: 3fr 2fr; gap: 22px; margin-top: 6px; }
.detail-lists table { font-size: 13px; }
.detail-lists th { position: static; }
ul.denials { list-style: none; margin: 0; padding: 0; }
ul.denials li { border-left: 3px solid var(--deny); background: var(--deny-soft); padding: 6px 10px; margin-bottom: 8px; border-radius: 0 6px 6px 0; }
ul.denials q { font-style: italic; }
#outlet-chart { display: block; width: 100%; height: auto; }
#outlet-chart .olabel { font-size: 13px; fill: var(--ink); font-weight: 600; }
#outlet-chart .osub { font-size: 11.5px; fill: var(--muted); }
#outlet-chart .pct { font-size: 11.5px; font-weight: 600; fill: #fff; }
#outlet-chart .bar.named { fill: var(--named); }
#outlet-chart .bar.unnamed { fill: var(--unnamed); }
#outlet-chart .bar.none { fill: var(--unknown-soft); }
#outlet-chart .grid { stroke: var(--line); }
#outlet-chart .tick { font-size: 10.5px; fill: var(--faint); }
.muted-block { color: var(--faint); padding: 18px; text-align: center; }
footer { margin-top: 40px; color: var(--faint); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }
@media (max-width: 900px) {
  .totals { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .detail-lists { grid-template-columns: 1fr; }
  .wrap { padding: 18px; }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 11px; }
  .wrap { max-width: none; padding: 0; }
  nav.toc, input.search, .count { display: none !important; }
  .table-box { max-height: none; overflow: visible; border-radius: 0; }
  th { position: static; font-size: 10px; }
  th, td { padding: 4px 6px; }
  section { break-inside: auto; }
  .sec-head, h2, h3 { break-after: avoid; }
  .panel, .stat, svg { break-inside: avoid; }
  tr { break-inside: avoid; }
  tbody tr.selected td { background: none; }
  .clamp { display: block; -webkit-line-clamp: none; overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<div class="wrap">
  <header class="top">
    <h1>attrib sourcing report</h1>
    <p class="meta"><span>Generated <b id="generated">–</b></span><span>Database <b id="database" class="mono">–</b></span></p>
    <p class="notice" id="sample-notice" hidden>No report data embedded: showing the built-in sample. Run <span class="mono">attrib report --html FILE</span> to produce a real report.</p>
    <div class="totals" id="totals"></div>
  </header>
  <nav class="toc" aria-label="Sections">
    <a href="#claims">Claims</a><a href="#provenance">Provenance</a><a href="#outlets">Outlets</a><a href="#speakers">Speakers</a><a href="#articles">Articles</a>
  </nav>

  <section id="claims">
    <div class="sec-head">
      <div><h2>Claims, most thinly sourced first</h2>
        <p>Claims resting only on unnamed sources come first, then those with the fewest independent origins. Click a column to sort, a row to show its provenance.</p></div>
      <div><input class="search" id="claims-search" type="search" placeholder="Filter claims…" aria-label="Filter claims"><span class="count" id="claims-count"></span></div>
    </div>
    <div class="table-box"><table id="claims-table" class="clickable"></table></div>
  </section>

  <section id="provenance">
    <div class="sec-head"><div><h2>Provenance of the selected claim</h2>
      <p>Which articles carry the claim, which outlets they relay it through, and where it originally comes from.</p></div></div>
    <div class="panel" id="provenance-panel">
      <p class="claim-title" id="claim-title"></p>
      <div class="claim-facts" id="claim-facts"></div>
      <div class="legend" id="graph-legend"></div>
      <div class="graph-box"><svg id="provenance-graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Provenance graph"></svg></div>
      <div class="detail-lists">
        <div><h3>Carried by</h3><div id="carriers"></div></div>
        <div><h3>Denials</h3><div id="denial-list"></div></div>
      </div>
    </div>
  </section>

  <section id="outlets">
    <div class="sec-head"><div><h2>Named vs unnamed sourcing per outlet</h2>
      <p>Share of each outlet's attributions that name their source (a person or organisation) versus unnamed sources or other outlets' reports.</p></div>
      <div class="legend"><span class="key"><i style="background:var(--named);border-color:var(--named)"></i>named</span><span class="key"><i style="background:var(--unnamed);border-color:var(--unnamed)"></i>unnamed or relayed</span></div></div>
    <div class="panel"><svg id="outlet-chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Named versus unnamed sourcing per outlet"></svg></div>
  </section>

  <section id="speakers">
    <div class="sec-head"><div><h2>Speakers</h2><p>Everyone quoted or cited, named or not.</p></div>
      <div><input class="search" id="speakers-search" type="search" placeholder="Filter speakers…" aria-label="Filter speakers"><span class="count" id="speakers-count"></span></div></div>
    <div class="table-box"><table id="speakers-table"></table></div>
  </section>

  <section id="articles">
    <div class="sec-head"><div><h2>Articles</h2><p>How much of each article's sourcing is named.</p></div>
      <div><input class="search" id="articles-search" type="search" placeholder="Filter articles…" aria-label="Filter articles"><span class="count" id="articles-count"></span></div></div>
    <div class="table-box"><table id="articles-table"></table></div>
  </section>

  <footer>Written by <span class="mono">attrib report --html</span>. Self-contained: no scripts, fonts or images are loaded from the network.</footer>
</div>

<script>
"use strict";
const DATA = /*ATTRIB_DATA*/null;

const SAMPLE = {
  generated: "2026-11-22T01:30:00Z",
  database: "attrib-sample.db",
  totals: { articles: 6, attributions: 41, claims: 3, unnamed_only: 1 },
  claims: [
    { id: 2, summary: "Harbourline Ports has agreed to sell its container terminals to Calloway Group for $2.1 billion",
      articles: 4, origins: 1, named: 0, unnamed: 1, denials: 2, unnamed_only: true,
      carriers: [
        { article: "01-meridian-scoop.txt", outlet: "Meridian Wire", relays: [], source: "three people familiar with the negotiations", source_kind: "anonymous", origin: "report of Meridian Wire" },
        { article: "02-daily-relay.txt", outlet: "The Daily Ledger", relays: ["Meridian Wire"], source: "three people familiar with the negotiations", source_kind: "anonymous", origin: "report of Meridian Wire" },
        { article: "03-harbor-times.txt", outlet: "Harbor Times", relays: ["The Daily Ledger", "Meridian Wire"], source: "three people familiar with the negotiations", source_kind: "anonymous", origin: "report of Meridian Wire" },
        { article: "05-coastal-brief.txt", outlet: "Coastal Business Review", relays: ["Meridian Wire"], source: "people close to the deal", source_kind: "anonymous", origin: "report of Meridian Wire" }
      ],
      origins: [ { key: "report of Meridian Wire", kind: "unnamed", label: "three people familiar with the negotiations" } ],
      denials: [
        { by: "Elena Marsh", text: "That report is false — no agreement has been reached", article: "02-daily-relay.txt" },
        { by: "Calloway Group", text: "We do not comment on market rumours", article: "05-coastal-brief.txt" }
      ] },
    { id: 5, summary: "Dock workers will strike if the terminals change hands without a new labour agreement",
      articles: 3, origins: 2, named: 1, unnamed: 1, denials: 0, unnamed_only: false,
      carriers: [
        { article: "03-harbor-times.txt", outlet: "Harbor Times", relays: [], source: "Tomás Ortega", source_kind: "person", origin: "source 4" },
        { article: "04-ledger-union.txt", outlet: "The Daily Ledger", relays: [], source: "Tomás Ortega", source_kind: "person", origin: "source 4" },
        { article: "04-ledger-union.txt", outlet: "The Daily Ledger", relays: [], source: "a union official who asked not to be named", source_kind: "anonymous", origin: "report of The Daily Ledger" },
        { article: "06-meridian-followup.txt", outlet: "Meridian Wire", relays: ["Harbor Times"], source: "Tomás Ortega", source_kind: "person", origin: "source 4" }
      ],
      origins: [
        { key: "source 4", kind: "named", label: "Tomás Ortega" },
        { key: "report of The Daily Ledger", kind: "unnamed", label: "a union official who asked not to be named" }
      ],
      denials: [] },
    { id: 7, summary: "Any change of terminal ownership needs the harbour authority's approval",
      articles: 2, origins: 2, named: 2, unnamed: 0, denials: 0, unnamed_only: false,
      carriers: [
        { article: "03-harbor-times.txt", outlet: "Harbor Times", relays: [], source: "Priya Nair", source_kind: "person", origin: "source 9" },
        { article: "06-meridian-followup.txt", outlet: "Meridian Wire", relays: [], source: "Port of Westhaven Authority", source_kind: "organization", origin: "source 11" }
      ],
      origins: [
        { key: "source 9", kind: "named", label: "Priya Nair" },
        { key: "source 11", kind: "named", label: "Port of Westhaven Authority" }
      ],
      denials: [] }
  ],
  outlets: [
    { outlet: "Meridian Wire", articles: 2, named: 7, unnamed: 5 },
    { outlet: "The Daily Ledger", articles: 2, named: 6, unnamed: 4 },
    { outlet: "Harbor Times", articles: 1, named: 8, unnamed: 3 },
    { outlet: "Coastal Business Review", articles: 1, named: 2, unnamed: 6 }
  ],
  speakers: [
    { speaker: "Elena Marsh", kind: "person", role: "spokeswoman, Harbourline Ports", attributions: 5, direct: 4, denials: 2, articles: 4 },
    { speaker: "three people familiar with the negotiations", kind: "anonymous", role: null, attributions: 3, direct: 0, denials: 0, articles: 3 },
    { speaker: "Tomás Ortega", kind: "person", role: "president, Westhaven Dockworkers' Union", attributions: 4, direct: 3, denials: 0, articles: 3 },
    { speaker: "Priya Nair", kind: "person", role: "harbour commissioner", attributions: 2, direct: 1, denials: 0, articles: 1 },
    { speaker: "Calloway Group", kind: "organization", role: null, attributions: 2, direct: 1, denials: 1, articles: 2 },
    { speaker: "a union official who asked not to be named", kind: "anonymous", role: null, attributions: 1, direct: 0, denials: 0, articles: 1 },
    { speaker: "Meridian Wire", kind: "organization", role: "news agency", attributions: 4, direct: 0, denials: 0, articles: 3 }
  ],
  articles: [
    { article: "01-meridian-scoop.txt", title: "Harbourline nears $2.1bn terminal sale to Calloway, sources say", outlet: "Meridian Wire", attributions: 6, named: 2, unnamed: 4, named_share: 0.333 },
    { article: "02-daily-relay.txt", title: "Port operator's sale would reshape the waterfront", outlet: "The Daily Ledger", attributions: 8, named: 6, unnamed: 2, named_share: 0.75 },
    { article: "03-harbor-times.txt", title: "Union warns of \"immediate\" strike over terminal deal", outlet: "Harbor Times", attributions: 11, named: 8, unnamed: 3, named_share: 0.727 },
    { article: "04-ledger-union.txt", title: "Ortega: \"We will not be sold with the cranes\"", outlet: "The Daily Ledger", attributions: 2, named: 0, unnamed: 2, named_share: 0 },
    { article: "05-coastal-brief.txt", title: "Calloway silent on Westhaven bid", outlet: "Coastal Business Review", attributions: 8, named: 2, unnamed: 6, named_share: 0.25 },
    { article: "06-meridian-followup.txt", title: "Regulator's approval needed for any Harbourline deal", outlet: "Meridian Wire", attributions: 6, named: 5, unnamed: 1, named_share: 0.833 }
  ]
};

const IS_SAMPLE = DATA === null || typeof DATA !== "object";
const D = IS_SAMPLE ? SAMPLE : DATA;
const SVGNS = "http://www.w3.org/2000/svg";

/* ---------- small helpers (all text goes in through textContent) ---------- */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  for (const c of children) append(e, c);
  return e;
}
function sv(tag, attrs, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  setAttrs(e, attrs);
  for (const c of children) append(e, c);
  return e;
}
function setAttrs(e, attrs) {
  if (!attrs) return;
  for (const k of Object.keys(attrs)) {
    const v = attrs[k];
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") e.textContent = String(v);
    else e.setAttribute(k, String(v));
  }
}
function append(e, c) {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) { for (const x of c) append(e, x); return; }
  e.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
}
function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
function arr(x) { return Array.isArray(x) ? x : []; }
function num(x) { const n = Number(x); return x === null || x === undefined || x === "" || !isFinite(n) ? 0 : n; }
function str(x) { return x === null || x === undefined ? "" : String(x); }
function pct(x) { return Math.round(x * 100) + "%"; }
function fmtDate(s) {
  const d = new Date(str(s));
  if (!s || isNaN(d.getTime())) return str(s) || "unknown";
  const p = n => String(n).padStart(2, "0");
  return d.getUTCFullYear() + "-" + p(d.getUTCMonth() + 1) + "-" + p(d.getUTCDate()) + " " + p(d.getUTCHours()) + ":" + p(d.getUTCMinutes()) + " UTC";
}

/* ---------- normalising the data (tolerates missing fields and the count/list key clash) ---------- */
function normClaim(c, i) {
  c = c || {};
  const originList = Array.isArray(c.origins) ? c.origins : arr(c.origin_list);
  const denialList = Array.isArray(c.denials) ? c.denials : arr(c.denial_list);
  const originCount = c.independent_origins !== undefined ? num(c.independent_origins)
    : (typeof c.origins === "number" ? c.origins : originList.length);
  const denialCount = c.denial_count !== undefined ? num(c.denial_count)
    : (typeof c.denials === "number" ? c.denials : denialList.length);
  const named = num(c.named), unnamed = num(c.unnamed);
  return {
    rank: i + 1, id: c.id, summary: str(c.summary) || "(no summary)", articles: num(c.articles),
    origins: originCount, named: named, unnamed: unnamed, denials: denialCount,
    unnamed_only: c.unnamed_only === undefined ? (named === 0 && unnamed > 0) : !!c.unnamed_only,
    carriers: arr(c.carriers).filter(Boolean), originList: originList.filter(Boolean), denialList: denialList.filter(Boolean)
  };
}
const CLAIMS = arr(D.claims).map(normClaim);
const OUTLETS = arr(D.outlets).filter(Boolean).map(o => ({ outlet: str(o.outlet) || "unknown outlet", articles: num(o.articles), named: num(o.named), unnamed: num(o.unnamed) }));
const SPEAKERS = arr(D.speakers).filter(Boolean).map(s => ({ speaker: str(s.speaker) || "(unnamed)", kind: str(s.kind), role: str(s.role),
  attributions: num(s.attributions), direct: num(s.direct), denials: num(s.denials), articles: num(s.articles) }));
const ARTICLES = arr(D.articles).filter(Boolean).map(a => {
  const named = num(a.named), unnamed = num(a.unnamed);
  let share = a.named_share === null || a.named_share === undefined ? null : num(a.named_share);
  if (share === null && named + unnamed > 0) share = named / (named + unnamed);
  return { article: str(a.article), title: str(a.title), outlet: str(a.outlet), attributions: num(a.attributions), named: named, unnamed: unnamed, named_share: share };
});

/* ---------- header ---------- */
function renderHeader() {
  const t = D.totals || {};
  document.getElementById("generated").textContent = fmtDate(D.generated);
  document.getElementById("generated").title = str(D.generated);
  document.getElementById("database").textContent = str(D.database) || "unknown";
  document.getElementById("sample-notice").hidden = !IS_SAMPLE;
  const box = document.getElementById("totals");
  clear(box);
  const stats = [["articles", "articles"], ["attributions", "attributions"], ["claims", "claims"], ["unnamed_only", "claims resting only on unnamed sources"]];
  for (const [k, label] of stats) {
    const v = num(t[k]);
    box.appendChild(el("div", { class: "stat" + (k === "unnamed_only" && v > 0 ? " warn" : "") },
      el("div", { class: "num", text: v.toLocaleString("en-US") }), el("div", { class: "lbl", text: label })));
  }
}

/* ---------- sortable, searchable tables ---------- */
function makeTable(opts) {
  const table = document.getElementById(opts.table);
  const search = document.getElementById(opts.search);
  const counter = document.getElementById(opts.count);
  const state = { key: null, dir: 1, query: "" };
  const thead = el("thead"), tbody = el("tbody");
  const headRow = el("tr");
  const arrows = {};
  for (const col of opts.columns) {
    const arrow = el("span", { class: "arrow" });
    arrows[col.key] = arrow;
    const th = el("th", { class: col.num ? "num" : null, style: col.width ? "width:" + col.width : null, scope: "col", title: col.title || "Sort by " + col.label }, col.label, arrow);
    th.addEventListener("click", () => {
      if (state.key === col.key) state.dir = -state.dir;
      else { state.key = col.key; state.dir = col.num ? -1 : 1; }
      draw();
    });
    headRow.appendChild(th);
  }
  thead.appendChild(headRow);
  clear(table);
  table.appendChild(thead);
  table.appendChild(tbody);
  const haystack = new Map(opts.rows.map(r => [r, opts.searchText(r).toLowerCase()]));
  if (search) search.addEventListener("input", () => { state.query = search.value.trim().toLowerCase(); draw(); });

  function sortValue(col, r) { const v = col.sort ? col.sort(r) : r[col.key]; return v === null || v === undefined ? null : v; }
  function draw() {
    const terms = state.query.split(/\s+/).filter(Boolean);
    let rows = opts.rows.filter(r => terms.every(t => haystack.get(r).includes(t)));
    if (state.key !== null) {
      const col = opts.columns.find(c => c.key === state.key);
      rows = rows.map((r, i) => [r, i]).sort((a, b) => {
        const x = sortValue(col, a[0]), y = sortValue(col, b[0]);
        if (x === y) return a[1] - b[1];
        if (x === null) return 1;
        if (y === null) return -1;
        const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), undefined, { sensitivity: "base", numeric: true });
        return c === 0 ? a[1] - b[1] : c * state.dir;
      }).map(p => p[0]);
    }
    for (const k of Object.keys(arrows)) {
      arrows[k].textContent = k === state.key ? (state.dir > 0 ? "▲" : "▼") : "";
      arrows[k].parentNode.setAttribute("aria-sort", k === state.key ? (state.dir > 0 ? "ascending" : "descending") : "none");
    }
    clear(tbody);
    for (const r of rows) {
      const tr = el("tr");
      for (const col of opts.columns) tr.appendChild(el("td", { class: col.num ? "num" : (col.nowrap ? "nowrap" : null) }, col.render ? col.render(r) : str(r[col.key])));
      if (opts.onClick) {
        tr.addEventListener("click", () => opts.onClick(r));
        tr.tabIndex = 0;
        tr.addEventListener("keydown", ev => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); opts.onClick(r); } });
      }
      if (opts.isSelected && opts.isSelected(r)) tr.classList.add("selected");
      tbody.appendChild(tr);
    }
    if (rows.length === 0) tbody.appendChild(el("tr", null, el("td", { class: "empty", colspan: opts.columns.length, text: opts.rows.length ? "No rows match the filter." : opts.emptyText })));
    if (counter) counter.textContent = rows.length === opts.rows.length ? opts.rows.length + " rows" : rows.length + " of " + opts.rows.length + " rows";
  }
  draw();
  return { redraw: draw };
}
function n0(v) { return v === 0 ? el("span", { class: "zero", text: "0" }) : String(v); }

/* ---------- claims ---------- */
let selected = CLAIMS.length ? CLAIMS[0] : null;
let claimsTable = null;
function selectClaim(c) {
  selected = c;
  claimsTable.redraw();
  renderProvenance();
}
function renderClaims() {
  claimsTable = makeTable({
    table: "claims-table", search: "claims-search", count: "claims-count", rows: CLAIMS,
    emptyText: "No claims with known origins or denials in this database.",
    searchText: c => [c.summary, c.id, c.unnamed_only ? "unnamed only" : ""].concat(c.carriers.map(x => [x.article, x.outlet, x.source].concat(arr(x.relays)).join(" ")), c.originList.map(o => str(o.label) + " " + str(o.key)), c.denialList.map(d => str(d.by) + " " + str(d.text))).join(" "),
    columns: [
      { key: "rank", label: "#", num: true, width: "4%", title: "Rank by thinness of sourcing" },
      { key: "summary", label: "Claim", render: c => el("div", { class: "clamp", title: c.summary, text: c.summary }) },
      { key: "articles", label: "Articles", num: true, width: "8%", render: c => n0(c.articles) },
      { key: "origins", label: "Independent origins", num: true, width: "10%", render: c => n0(c.origins) },
      { key: "named", label: "Named", num: true, width: "7%", render: c => n0(c.named) },
      { key: "unnamed", label: "Unnamed", num: true, width: "8%", render: c => n0(c.unnamed) },
      { key: "denials", label: "Denials", num: true, width: "7%", render: c => c.denials > 0 ? el("span", { class: "badge deny", text: String(c.denials) }) : n0(0) },
      { key: "unnamed_only", label: "Unnamed only", width: "11%", sort: c => c.unnamed_only ? 1 : 0, render: c => c.unnamed_only ? el("span", { class: "badge unnamed", text: "unnamed only" }) : "" }
    ],
    onClick: selectClaim, isSelected: c => c === selected
  });
}

/* ---------- provenance graph ---------- */
const KIND = {
  article: { fill: "#ffffff", stroke: "#9aa3b2", name: "article" },
  relay: { fill: "#eef1f6", stroke: "#7d879a", name: "relaying outlet" },
  named: { fill: "#e3f3ea", stroke: "#2e8b57", name: "named origin" },
  unnamed: { fill: "#fcf0d9", stroke: "#d08a12", name: "unnamed origin" },
  outlet: { fill: "#e6eaf5", stroke: "#5b6fa8", name: "another outlet's report" },
  unknown: { fill: "#eef0f3", stroke: "#8a92a3", name: "unknown origin" },
  denial: { fill: "#fbe6e4", stroke: "#c8362f", name: "denial" },
  claim: { fill: "#1f2430", stroke: "#1f2430", name: "the claim" }
};
function originKind(k) { return KIND[k] && ["named", "unnamed", "outlet", "unknown"].includes(k) ? k : "unknown"; }

function fitText(textEl, full, maxWidth) {
  textEl.textContent = full;
  if (textEl.getComputedTextLength() <= maxWidth) return;
  let lo = 0, hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    textEl.textContent = full.slice(0, mid).trimEnd() + "…";
    if (textEl.getComputedTextLength() <= maxWidth) lo = mid; else hi = mid - 1;
  }
  textEl.textContent = full.slice(0, lo).trimEnd() + "…";
}

/* Writes `full` as up to maxLines <text> lines of at most maxWidth, the last one cut with "…";
   returns how many lines it wrote. */
function writeLines(parent, full, cls, x, y, maxWidth, maxLines, lineH) {
  const words = str(full).split(/\s+/).filter(Boolean);
  let i = 0, line = 0;
  while (i < words.length && line < maxLines) {
    const t = sv("text", { class: cls, x: x, y: y + line * lineH });
    parent.appendChild(t);
    if (line === maxLines - 1) { fitText(t, words.slice(i).join(" "), maxWidth); i = words.length; line++; break; }
    let j = i + 1;
    t.textContent = words[i];
    while (j < words.length) {
      t.textContent = words.slice(i, j + 1).join(" ");
      if (t.getComputedTextLength() > maxWidth) break;
      j++;
    }
    fitText(t, words.slice(i, j).join(" "), maxWidth);
    i = j; line++;
  }
  return Math.max(line, 1);
}

function renderLegend() {
  const box = document.getElementById("graph-legend");
  clear(box);
  for (const k of ["article", "relay", "named", "unnamed", "outlet", "unknown", "denial"]) {
    box.appendChild(el("span", { class: "key" }, el("i", { style: "background:" + KIND[k].fill + ";border-color:" + KIND[k].stroke }), KIND[k].name));
  }
  box.appendChild(el("span", { class: "key" }, el("i", { style: "background:#fff;border-color:#fff;border-top:2px dashed " + KIND.denial.stroke + ";height:0;border-radius:0" }), "denies the claim"));
}

function renderProvenance() {
  const svg = document.getElementById("provenance-graph");
  const title = document.getElementById("claim-title");
  const facts = document.getElementById("claim-facts");
  clear(svg); clear(facts);
  const carriersBox = document.getElementById("carriers"), denialBox = document.getElementById("denial-list");
  clear(carriersBox); clear(denialBox);
  if (!selected) {
    title.textContent = "No claim to show.";
    svg.setAttribute("viewBox", "0 0 1160 60"); svg.setAttribute("width", "1160"); svg.setAttribute("height", "60");
    svg.appendChild(sv("text", { x: 580, y: 34, "text-anchor": "middle", class: "sublabel", text: "The report has no claims with origins or denials." }));
    return;
  }
  const c = selected;
  title.textContent = c.summary;
  facts.appendChild(el("span", { class: "badge kind", text: "claim " + str(c.id) }));
  facts.appendChild(el("span", { text: c.articles + (c.articles === 1 ? " article" : " articles") + " · " + c.origins + " independent " + (c.origins === 1 ? "origin" : "origins") + " · " + c.named + " named · " + c.unnamed + " unnamed" }));
  if (c.unnamed_only) facts.appendChild(el("span", { class: "badge unnamed", text: "unnamed only" }));
  if (c.denials > 0) facts.appendChild(el("span", { class: "badge deny", text: c.denials + (c.denials === 1 ? " denial" : " denials") }));

  /* nodes: articles (col 0), relays (cols 1..depth, right-aligned so the outlet nearest the
     origin sits next to the origins), origins and denials, then the claim on the far right */
  const nodes = new Map(); const edges = new Map();
  function node(id, col, kind, label, sub, tip) {
    if (!nodes.has(id)) nodes.set(id, { id, col, kind, label, sub, tip, order: nodes.size, preds: [], succs: [] });
    else if (col > nodes.get(id).col && nodes.get(id).kind === "relay") nodes.get(id).col = col;
    return nodes.get(id);
  }
  function edge(from, to, kind) {
    const k = from + "\u0000" + to;
    if (!edges.has(k)) edges.set(k, { from, to, kind, n: 0 });
    edges.get(k).n += 1;
  }
  let depth = 0;
  for (const x of c.carriers) depth = Math.max(depth, arr(x.relays).length);
  const relayCols = Math.max(1, depth);
  const originCol = 1 + relayCols, claimCol = originCol + 1;
  const plainKey = k => k && !/^source \d+$/.test(k);

  for (const o of c.originList) {
    const kind = originKind(o.kind), key = str(o.key), label = str(o.label).replace(/,(?=\S)/g, ", ") || key || "unknown origin";
    node("o:" + key, originCol, kind, label, KIND[kind].name + (plainKey(key) && key !== label ? " · " + key : ""),
      label + "\n" + KIND[kind].name + (key ? "\n" + key : ""));
  }
  for (const x of c.carriers) {
    const art = str(x.article) || "unknown article";
    const aid = "a:" + art;
    node(aid, 0, "article", art, str(x.outlet) || "unknown outlet", art + "\n" + (str(x.outlet) || "unknown outlet"));
    let prev = aid;
    const relays = arr(x.relays);
    relays.forEach((r, i) => {
      const rid = "r:" + str(r);
      node(rid, originCol - relays.length + i, "relay", str(r) || "unknown outlet", "relays the report", str(r) + " relays the report");
      edge(prev, rid, "relay");
      prev = rid;
    });
    const key = str(x.origin);
    const oid = "o:" + key;
    if (!nodes.has(oid)) {
      const label = str(x.source) || key || "unknown origin";
      node(oid, originCol, "unknown", label, "origin not listed" + (plainKey(key) ? " · " + key : ""), label + "\n" + key);
    }
    edge(prev, oid, nodes.get(oid).kind);
  }
  const claimId = "claim";
  const hasOrigins = [...nodes.values()].some(n => n.col === originCol);
  if (hasOrigins || c.denialList.length)
    node(claimId, claimCol, "claim", "claim " + str(c.id), c.unnamed_only ? "unnamed only" : (c.named + " named origin" + (c.named === 1 ? "" : "s")), c.summary);
  for (const n of [...nodes.values()]) if (n.col === originCol) edge(n.id, claimId, "asserts");
  c.denialList.forEach((d, i) => {
    const by = str(d.by) || "unknown";
    const id = "d:" + i;
    node(id, originCol, "denial", by + " denies", (d.text ? "“" + str(d.text) + "”" : "") + (d.article ? " · in " + str(d.article) : ""),
      by + " denies: " + str(d.text) + (d.article ? "\nin " + str(d.article) : ""));
    edge(id, claimId, "denial");
  });
  /* an edge that skips columns runs through invisible waypoints, one per skipped column,
     which are placed like nodes so the edge goes around the nodes there, not behind them */
  for (const e of edges.values()) {
    const a = nodes.get(e.from), b = nodes.get(e.to);
    if (!a || !b) continue;
    e.path = [a];
    for (let col = a.col + 1; col < b.col; col++) {
      const w = { id: "~" + nodes.size, col, kind: "dummy", order: nodes.size, preds: [], succs: [] };
      nodes.set(w.id, w);
      e.path.push(w);
    }
    e.path.push(b);
    for (let i = 1; i < e.path.length; i++) { e.path[i - 1].succs.push(e.path[i]); e.path[i].preds.push(e.path[i - 1]); }
  }

  /* column geometry */
  const nCols = claimCol + 1;
  const W = 1160, padX = 4, top = 30, gapY = 14, claimW = 120, colGap = 52;
  const otherW = Math.min(250, Math.floor((W - 2 * padX - claimW - colGap * (nCols - 1)) / (nCols - 1)));
  const colX = [];
  let x = padX;
  for (let i = 0; i < nCols; i++) { colX.push(x); x += (i === claimCol ? claimW : otherW) + colGap; }
  const offset = Math.max(0, Math.floor((W - (colX[claimCol] + claimW + padX)) / 2));
  svg.setAttribute("viewBox", "0 0 " + W + " 100");

  /* draw the nodes first (text must be in the document to be measured), wrapping labels */
  const LINES = { article: [2, 1], relay: [2, 1], named: [2, 1], unnamed: [2, 1], outlet: [2, 1], unknown: [2, 1], denial: [1, 2], claim: [1, 1] };
  const gEdges = sv("g", { class: "edges" }), gNodes = sv("g", { class: "nodes" });
  svg.appendChild(gEdges); svg.appendChild(gNodes);
  for (const n of nodes.values()) {
    const k = KIND[n.kind] || KIND.unknown;
    n.w = n.kind === "claim" ? claimW : otherW;
    n.x = offset + colX[n.col];
    if (n.kind === "dummy") { n.h = 2; continue; }
    const g = sv("g", { class: "node " + n.kind }, sv("title", { text: n.tip || n.label }));
    const rect = sv("rect", { width: n.w, rx: 9, ry: 9, fill: k.fill, stroke: k.stroke });
    g.appendChild(rect);
    const stripe = ["named", "unnamed", "outlet", "unknown", "denial"].includes(n.kind) ? sv("rect", { x: 0, y: 6, width: 5, rx: 2, fill: k.stroke }) : null;
    if (stripe) g.appendChild(stripe);
    gNodes.appendChild(g);
    const [labelLines, subLines] = LINES[n.kind] || [1, 1];
    let y = 18;
    const made = writeLines(g, n.label, "label", 12, y, n.w - 22, labelLines, 15.5);
    y += made * 15.5;
    const subMade = n.sub ? writeLines(g, n.sub, "sublabel", 12, y, n.w - 22, subLines, 14) : 0;
    if (n.kind === "claim") for (const t of g.querySelectorAll("text")) t.style.fill = t.classList.contains("label") ? "#fff" : "#c9ceda";
    n.h = Math.max(44, 12 + made * 15.5 + subMade * 14);
    rect.setAttribute("height", n.h);
    if (stripe) stripe.setAttribute("height", n.h - 12);
    n.g = g;
  }

  /* vertical placement: origins stacked (denials below), then each column to the left placed
     at the average height of what it points to, then columns to the right re-centred on what
     points at them; overlaps pushed apart */
  const cols = [];
  for (const n of nodes.values()) (cols[n.col] = cols[n.col] || []).push(n);
  for (let i = 0; i < nCols; i++) cols[i] = cols[i] || [];
  const mid = n => n.y + n.h / 2;
  const avg = list => list.reduce((s, n) => s + mid(n), 0) / list.length;
  function place(list, want) {
    /* list in its final order; want(n) the desired centre or null */
    let y = top;
    const desired = list.map(n => { const w = want(n); return w === null ? null : w - n.h / 2; });
    list.forEach((n, i) => { n.y = Math.max(y, desired[i] === null ? y : desired[i]); y = n.y + n.h + gapY; });
    /* shift the block up towards the desired positions where there is room */
    const diffs = list.map((n, i) => desired[i] === null ? 0 : desired[i] - n.y);
    let shift = diffs.length ? diffs.reduce((s, d) => s + d, 0) / diffs.length : 0;
    if (list.length) shift = Math.max(shift, top - list[0].y);
    if (shift < 0) for (const n of list) n.y += shift;
  }
  cols[originCol].sort((a, b) => (a.kind === "denial") - (b.kind === "denial") || a.order - b.order);
  place(cols[originCol], () => null);
  for (let i = originCol - 1; i >= 0; i--) {
    const key = n => n.succs.length ? avg(n.succs.filter(s => s.y !== undefined)) || 0 : 1e9;
    cols[i].sort((a, b) => key(a) - key(b) || a.order - b.order);
    place(cols[i], n => n.succs.some(s => s.y !== undefined) ? avg(n.succs.filter(s => s.y !== undefined)) : null);
  }
  for (let i = 1; i <= claimCol; i++) {
    place(cols[i], n => n.preds.some(p => p.col < i) ? avg(n.preds.filter(p => p.col < i)) : null);
  }
  /* denials have nothing on their left: keep them right under the origins */
  let H = 0;
  for (const n of nodes.values()) H = Math.max(H, n.y + n.h);
  H = Math.max(H + 8, 90);
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.setAttribute("width", W); svg.setAttribute("height", H);
  for (const n of nodes.values()) if (n.g) n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")");

  const defs = sv("defs");
  for (const k of ["edge", "named", "unnamed", "outlet", "unknown", "denial"]) {
    const color = k === "edge" ? "#9aa3b2" : KIND[k].stroke;
    defs.appendChild(sv("marker", { id: "arrow-" + k, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
      sv("path", { d: "M0,0 L10,5 L0,10 z", fill: color })));
  }
  svg.insertBefore(defs, gEdges);

  const spanW = (from, to) => colX[to] + (to === claimCol ? claimW : otherW) - colX[from];
  const noRelays = !cols.slice(1, originCol).some(l => l.some(n => n.kind !== "dummy"));
  const titleCols = [[0, 0, "articles"], [1, originCol - 1, noRelays ? "relaying outlets: none" : "relaying outlets"], [originCol, originCol, "origins"], [claimCol, claimCol, "claim"]];
  for (const [from, to, t] of titleCols)
    svg.insertBefore(sv("text", { class: "col-title", x: offset + colX[from] + spanW(from, to) / 2, y: 14, "text-anchor": "middle", text: t }), gEdges);

  /* ports: edges leaving or entering one node are spread along its side, in the order of the
     nodes at their other ends, so they do not all meet in one point */
  const outs = new Map(), ins = new Map();
  for (const e of edges.values()) {
    if (!e.path || e.path.length < 2) continue;
    const a = e.path[0], b = e.path[e.path.length - 1];
    if (b.x <= a.x) continue;
    (outs.get(a) || outs.set(a, []).get(a)).push([e, e.path[1]]);
    (ins.get(b) || ins.set(b, []).get(b)).push([e, e.path[e.path.length - 2]]);
  }
  function spread(map, field) {
    for (const [n, list] of map) {
      list.sort((p, q) => (p[1].y + p[1].h / 2) - (q[1].y + q[1].h / 2));
      const k = list.length, step = k > 1 ? Math.min(8, (n.h - 16) / (k - 1)) : 0;
      list.forEach(([e], i) => { e[field] = n.y + n.h / 2 + (i - (k - 1) / 2) * step; });
    }
  }
  spread(outs, "y1"); spread(ins, "y2");

  for (const e of edges.values()) {
    const a = nodes.get(e.from), b = nodes.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + a.w, y1 = e.y1 !== undefined ? e.y1 : a.y + a.h / 2;
    let d;
    if (b.x > a.x) {
      let px = x1, py = y1;
      d = "M" + px + "," + py;
      for (const q of e.path.slice(1)) {
        const qx = q === b ? b.x - 2 : q.x, qy = q === b && e.y2 !== undefined ? e.y2 : q.y + q.h / 2, mx = (px + qx) / 2;
        d += " C" + mx + "," + py + " " + mx + "," + qy + " " + qx + "," + qy;
        px = qx; py = qy;
        if (q !== b) { px = q.x + q.w; d += " L" + px + "," + py; }
      }
    } else {
      /* an outlet relaying one in its own column or to its left: loop around above */
      const sx = a.x + a.w / 2, sy = a.y, ex = b.x + b.w / 2 + 10, ey = b.y - 2;
      d = "M" + sx + "," + sy + " C" + sx + "," + (sy - 34) + " " + ex + "," + (ey - 34) + " " + ex + "," + ey;
    }
    const isDenial = e.kind === "denial";
    const originish = ["named", "unnamed", "outlet", "unknown"].includes(e.kind);
    const color = isDenial ? KIND.denial.stroke : (originish ? KIND[e.kind].stroke : (e.kind === "asserts" ? "#b5bcc8" : "#9aa3b2"));
    const marker = isDenial ? "denial" : (originish ? e.kind : "edge");
    gEdges.appendChild(sv("path", { class: "edge " + e.kind, d: d, stroke: color, "stroke-dasharray": isDenial ? "6 4" : null,
      "stroke-width": isDenial ? 2 : Math.min(1.6 + (e.n - 1) * 0.8, 4), "marker-end": "url(#arrow-" + marker + ")" },
      sv("title", { text: (a.label + " → " + b.label) + (isDenial ? " (denies)" : "") + (e.n > 1 ? " ×" + e.n : "") })));
    if (e.n > 1 && b.x > a.x)
      gEdges.appendChild(sv("text", { class: "edge-count", x: x1 + 8, y: y1 - 6, text: "×" + e.n }));
  }

  /* lists under the graph */
  if (c.carriers.length) {
    const t = el("table", null, el("thead", null, el("tr", null, el("th", { text: "Article" }), el("th", { text: "Via" }), el("th", { text: "Source" }))));
    const tb = el("tbody");
    for (const x of c.carriers) {
      const relays = arr(x.relays).map(str);
      const kind = str(x.source_kind);
      tb.appendChild(el("tr", null,
        el("td", null, el("div", { text: str(x.article) }), el("div", { class: "sub", text: str(x.outlet) })),
        el("td", null, relays.length ? relays.join(" → ") : el("span", { class: "zero", text: "direct" })),
        el("td", null, el("div", { text: str(x.source) || "—" }), el("div", { class: "sub" }, kind ? el("span", { class: "badge " + (kind === "anonymous" ? "unnamed" : "named"), text: kind }) : "", x.origin ? " origin: " + str(x.origin) : ""))));
    }
    t.appendChild(tb);
    carriersBox.appendChild(el("div", { class: "table-box", style: "max-height:none" }, t));
  } else carriersBox.appendChild(el("p", { class: "sub", text: "No article asserts this claim." }));
  if (c.denialList.length) {
    const ul = el("ul", { class: "denials" });
    for (const d of c.denialList) ul.appendChild(el("li", null, el("b", { text: str(d.by) || "unknown" }), d.text ? [": ", el("q", { text: str(d.text) })] : " denies it", d.article ? el("div", { class: "sub", text: "in " + str(d.article) }) : ""));
    denialBox.appendChild(ul);
  } else denialBox.appendChild(el("p", { class: "sub", text: "Nobody denies this claim." }));
}

/* ---------- outlet chart ---------- */
function renderOutlets() {
  const svg = document.getElementById("outlet-chart");
  clear(svg);
  const W = 1160, labelW = 240, rightW = 190, barW = W - labelW - rightW, rowH = 40, barH = 22, top = 22;
  if (!OUTLETS.length) {
    svg.setAttribute("viewBox", "0 0 " + W + " 50");
    svg.appendChild(sv("text", { x: W / 2, y: 30, "text-anchor": "middle", class: "osub", text: "No outlets with attributions." }));
    return;
  }
  const H = top + OUTLETS.length * rowH + 4;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.setAttribute("width", W); svg.setAttribute("height", H);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const x = labelW + t * barW;
    svg.appendChild(sv("line", { class: "grid", x1: x, x2: x, y1: top - 4, y2: H - 4 }));
    svg.appendChild(sv("text", { class: "tick", x: x, y: 12, "text-anchor": t === 0 ? "start" : (t === 1 ? "end" : "middle"), text: pct(t) }));
  }
  OUTLETS.forEach((o, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const total = o.named + o.unnamed;
    const g = sv("g", { class: "outlet-row" }, sv("title", { text: o.outlet + ": " + o.named + " named, " + o.unnamed + " unnamed, " + o.articles + (o.articles === 1 ? " article" : " articles") }));
    const name = sv("text", { class: "olabel", x: labelW - 14, y: y + barH / 2 + 4.5, "text-anchor": "end" });
    g.appendChild(name);
    if (total === 0) {
      g.appendChild(sv("rect", { class: "bar none", x: labelW, y: y, width: barW, height: barH, rx: 4 }));
      g.appendChild(sv("text", { class: "osub", x: labelW + 10, y: y + barH / 2 + 4, text: "no attributions" }));
    } else {
      const nw = barW * o.named / total, uw = barW - nw;
      if (o.named > 0) g.appendChild(sv("rect", { class: "bar named", x: labelW, y: y, width: nw, height: barH }));
      if (o.unnamed > 0) g.appendChild(sv("rect", { class: "bar unnamed", x: labelW + nw, y: y, width: uw, height: barH }));
      if (o.named > 0 && nw >= 40) g.appendChild(sv("text", { class: "pct", x: labelW + 8, y: y + barH / 2 + 4, text: pct(o.named / total) + (nw >= 110 ? " named" : "") }));
      if (o.unnamed > 0 && uw >= 40) g.appendChild(sv("text", { class: "pct", x: labelW + barW - 8, y: y + barH / 2 + 4, "text-anchor": "end", text: pct(o.unnamed / total) + (uw >= 110 ? " unnamed" : "") }));
    }
    g.appendChild(sv("text", { class: "osub", x: labelW + barW + 14, y: y + barH / 2 + 4,
      text: o.named + " named · " + o.unnamed + " unnamed · " + o.articles + (o.articles === 1 ? " art." : " arts.") }));
    svg.appendChild(g);
    fitText(name, o.outlet, labelW - 20);
  });
}

/* ---------- speakers & articles ---------- */
function renderSpeakers() {
  makeTable({
    table: "speakers-table", search: "speakers-search", count: "speakers-count", rows: SPEAKERS, emptyText: "No speakers.",
    searchText: s => [s.speaker, s.kind, s.role].join(" "),
    columns: [
      { key: "speaker", label: "Speaker", render: s => s.kind === "anonymous" ? el("span", null, el("i", { text: s.speaker })) : s.speaker },
      { key: "kind", label: "Kind", render: s => s.kind ? el("span", { class: "badge " + (s.kind === "anonymous" ? "unnamed" : "kind"), text: s.kind }) : "" },
      { key: "role", label: "Role", render: s => s.role || el("span", { class: "zero", text: "—" }) },
      { key: "attributions", label: "Attributions", num: true, render: s => n0(s.attributions) },
      { key: "direct", label: "Direct quotes", num: true, render: s => n0(s.direct) },
      { key: "denials", label: "Denials", num: true, render: s => n0(s.denials) },
      { key: "articles", label: "Articles", num: true, render: s => n0(s.articles) }
    ]
  });
}
function renderArticles() {
  makeTable({
    table: "articles-table", search: "articles-search", count: "articles-count", rows: ARTICLES, emptyText: "No articles.",
    searchText: a => [a.article, a.title, a.outlet].join(" "),
    columns: [
      { key: "article", label: "Article", render: a => [el("div", { text: a.title || a.article }), a.title ? el("div", { class: "sub mono", text: a.article }) : ""] },
      { key: "outlet", label: "Outlet", nowrap: true },
      { key: "attributions", label: "Attributions", num: true, render: a => n0(a.attributions) },
      { key: "named", label: "Named", num: true, render: a => n0(a.named) },
      { key: "unnamed", label: "Unnamed", num: true, render: a => n0(a.unnamed) },
      { key: "named_share", label: "Named share", num: true,
        render: a => a.named_share === null ? el("span", { class: "zero", text: "—" }) :
          el("span", null, el("span", { class: "sharebar" }, el("span", { style: "width:" + Math.max(0, Math.min(100, a.named_share * 100)).toFixed(1) + "%" })), pct(a.named_share)) }
    ]
  });
}

renderHeader();
renderClaims();
renderLegend();
renderProvenance();
renderOutlets();
renderSpeakers();
renderArticles();
</script>
</body>
</html>
"""#
}
