/**
 * The report's one inline style sheet: readable on screen, and printed to
 * A4 (as PDF) with running tables that do not split rows. Colours meet
 * WCAG 2.2 AA contrast on white.
 */
export const SAFETY_CASE_CSS = `
:root { color: #1b1b1b; background: #fff; }
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
p, li { max-width: 75ch; }
.meta { color: #4a4a4a; margin: 0 0 1.5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; overflow-wrap: break-word; }
code.fingerprint { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; font-size: .95em; }
caption { text-align: left; font-weight: 600; padding: .35rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .35rem .55rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #e8eef5; }
tbody th { background: #f4f6f8; font-weight: 600; min-width: 9rem; }
dl.hazard { display: grid; grid-template-columns: 12rem 1fr; gap: .35rem 1rem; margin: 0 0 1rem; padding: .75rem 1rem; border: 1px solid #8c8c8c; border-left: 6px solid #1f4e79; }
dl.hazard dt { font-weight: 600; }
dl.hazard dd { margin: 0; }
dl.hazard ul { margin: 0; padding-left: 1.2rem; }
.status { font-weight: 700; }
.status-open { color: #9b0014; }
.status-controlled { color: #0a5c2b; }
.status-stale { color: #9b0014; }
.note { border-left: 4px solid #8c8c8c; padding: .25rem .75rem; background: #f6f6f6; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  :root { font-size: 9.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  dl.hazard, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
}
`;
