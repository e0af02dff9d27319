/** Print-ready A4 styles shared by the report and the brochure; logical properties, no external fonts. */
export const REPORT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { color: #1a1a1a; background: #fff; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.45; }
body { margin: 0; }
main { max-inline-size: 48rem; margin-inline: auto; padding: 1.5rem 1rem 3rem; }
.cover { border-block-end: 4px solid #0b5c4a; padding-block-end: 1rem; margin-block-end: 1.5rem; }
.kicker { color: #0b5c4a; font-weight: 700; margin: 0; }
h1 { font-size: 1.8rem; margin-block: 0.5rem; }
h2 { font-size: 1.3rem; color: #073f33; margin-block: 1.75rem 0.5rem; }
h3 { font-size: 1.1rem; margin-block: 1.25rem 0.4rem; }
h4 { font-size: 1rem; margin-block: 1rem 0.3rem; }
.meta { color: #4a4a4a; margin-block: 0.2rem; }
.state { display: inline-block; border: 1px solid #4a4a4a; border-radius: 4px; padding-inline: 0.4rem; }
.entries { padding-inline-start: 1.25rem; }
.entries li { margin-block: 0.3rem; break-inside: avoid; }
.status { font-style: italic; }
.see-also { color: #333; }
.empty { color: #4a4a4a; font-style: italic; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.75rem; font-size: 0.95rem; }
caption { text-align: start; font-weight: 700; margin-block-end: 0.3rem; }
th, td { border: 1px solid #9aa5a1; padding: 0.3rem 0.45rem; text-align: start; vertical-align: top; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
thead th { background: #f2f6f4; }
tfoot td, tfoot th { font-weight: 700; }
nav.toc ol { padding-inline-start: 1.25rem; }
a { color: #073f33; }
@media print {
  main { max-inline-size: none; padding: 0; }
  .category, .chapter, .totals { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
