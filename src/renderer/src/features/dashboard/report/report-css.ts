/**
 * The HTML report's only style sheet, inlined into the file: light colours fixed here (a report is
 * read and printed outside the app, without its theme), the same severity colours as the app, system
 * fonts, and print rules (A4, no figure or table row cut across pages, table headings repeated).
 */
export const REPORT_CSS = `
:root { --text:#1c1e22; --muted:#5f636b; --border:#cdcdc5; --soft:#efefeb; --accent:#2c5bc9;
  --ok:#2a7a3b; --danger:#b42323; --neutral:#5f6670; --minor:#8a4f05; --major:#a93a0b; --critical:#b42323;
  --minor-bg:#fcedc0; --major-bg:#ffdcc8; --critical-bg:#ffd3d3; --neutral-bg:#e9ebee; }
* { box-sizing: border-box; }
html { color: var(--text); background: #fff; font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif; }
body { margin: 0 auto; padding: 24px 32px 48px; max-width: 1100px; }
h1 { margin: 0 0 12px; font-size: 24px; }
h2 { margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--border); font-size: 17px; }
dl, dd, figure, p, ul { margin: 0; }
ul { padding: 0; list-style: none; }
.report__kind { color: var(--muted); font-size: 12px; letter-spacing: .06em; text-transform: uppercase; }
.report__facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
.report__facts > div { display: contents; }
.report__facts dt { color: var(--muted); }
.report__line { display: block; }
.report__muted { color: var(--muted); font-size: 12px; }
.report__footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.tile { padding: 10px 12px; border: 1px solid var(--border); border-radius: 6px; }
.tile dt { color: var(--muted); font-size: 12px; }
.tile__big { font-size: 22px; font-weight: 650; }
.tile__small { color: var(--muted); font-size: 12px; }
.tile__warn { color: var(--minor); }
.verdict { display: inline-block; margin-left: 8px; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 650; vertical-align: middle; }
.verdict--pass { background: #e3f3e6; color: var(--ok); }
.verdict--fail { background: #fdecec; color: var(--danger); }
.figures { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
.figure { padding: 8px 10px; border: 1px solid var(--border); border-radius: 6px; break-inside: avoid; }
.figure figcaption { font-weight: 650; margin-bottom: 4px; }
.figure__note { color: var(--muted); font-size: 12px; font-weight: 400; }
.figure__empty { color: var(--muted); padding: 24px 0; }
.chart { display: block; width: 100%; height: auto; font-size: 11px; }
.chart text { fill: var(--text); }
.chart .chart__tick { fill: var(--muted); font-size: 10px; }
.chart__grid line { stroke: #e4e4de; }
.chart__axis { stroke: var(--border); }
.chart__guide { stroke: #eeeeea; }
.chart__part--neutral { fill: var(--neutral); } .chart__part--minor { fill: #b7791f; }
.chart__part--major { fill: var(--major); } .chart__part--critical { fill: var(--critical); }
.chart__dot--pass { fill: var(--ok); } .chart__dot--fail { fill: var(--danger); } .chart__dot--none { fill: var(--accent); }
.chart__threshold line { stroke: var(--danger); stroke-dasharray: 4 3; }
.chart .chart__threshold-label { fill: var(--danger); font-size: 10px; }
.chart__line { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart__point { fill: var(--accent); }
.chart-legend { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 4px; font-size: 12px; }
.chart-legend__swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.chart-legend__swatch--neutral { background: var(--neutral); } .chart-legend__swatch--minor { background: #b7791f; }
.chart-legend__swatch--major { background: var(--major); } .chart-legend__swatch--critical { background: var(--critical); }
table { width: 100%; margin: 12px 0; border-collapse: collapse; font-size: 12.5px; }
caption { padding: 4px 0; font-weight: 650; text-align: left; }
th, td { padding: 4px 6px; border-bottom: 1px solid var(--soft); text-align: left; vertical-align: top; }
thead th { border-bottom: 1px solid var(--border); color: var(--muted); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.score-table__total th, .score-table__total td { font-weight: 650; background: #f6f6f3; }
.score-table__small { color: var(--minor); font-size: 11px; }
mark { padding: 0 2px; border-radius: 2px; color: inherit; background: var(--neutral-bg); }
.mark--minor { background: var(--minor-bg); } .mark--major { background: var(--major-bg); } .mark--critical { background: var(--critical-bg); }
.sev--minor { color: var(--minor); } .sev--major { color: var(--major); } .sev--critical { color: var(--critical); }
@media (max-width: 800px) { .figures, .tiles { grid-template-columns: 1fr; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { font-size: 11px; }
  body { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .tile, .figure { break-inside: avoid; }
  .figures { grid-template-columns: 1fr 1fr; }
}
`
