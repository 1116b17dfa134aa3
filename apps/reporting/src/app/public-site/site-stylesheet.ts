/**
 * The public site's own rules beside DKFDS: the bilag's tables (amounts right-aligned in tabular figures, group,
 * subtotal and total rows), the description lists, the phone width, and a print stylesheet (no header, footer,
 * breadcrumbs or search; every table whole, a proposal on a new page, link targets written out).
 */
export const SITE_STYLESHEET = `
.bf-site-name { margin: 0; font-weight: 600; font-size: 1.125rem; }
.bf-site-name a { color: inherit; }
.bf-site-tagline { font-weight: 400; font-size: 1rem; margin-left: .5rem; }
.bf-footer-text { max-width: 60ch; }
main { padding-bottom: 2rem; }
main:focus { outline: none; }
.bf-lead { font-size: 1.125rem; max-width: 60ch; }
.bf-meta { color: #545454; }
.bf-links { list-style: none; padding-left: 0; }
.bf-links li { margin: .75rem 0; }
.bf-downloads { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding-left: 0; list-style: none; }
.bf-document { max-width: 100%; }
.bf-table { margin: 1rem 0 1.5rem; }
.bf-table table { width: auto; min-width: 60%; }
.bf-table caption { text-align: left; font-weight: 600; padding-bottom: .5rem; }
.bf-table-label { display: block; font-weight: 400; }
.bf-table .bf-amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.bf-table tr.bf-group th, .bf-table tr.bf-subtotal, .bf-table tr.bf-total { font-weight: 600; }
.bf-table tr.bf-subtotal td, .bf-table tr.bf-subtotal th { background: #f2f5f8; }
.bf-table tr.bf-total td, .bf-table tr.bf-total th { background: #e6ecf2; }
.bf-table th[scope="row"], .bf-table th[scope="rowgroup"] { font-weight: inherit; text-align: left; }
.bf-table tr.bf-group th, .bf-table tr.bf-subtotal th, .bf-table tr.bf-total th { font-weight: 600; }
.bf-indent { padding-left: 1.5rem !important; }
.bf-descriptions div { display: flex; flex-wrap: wrap; gap: 0 .5rem; margin: .25rem 0; }
.bf-descriptions dt { font-weight: 600; }
.bf-descriptions dt::after { content: ":"; }
.bf-descriptions dd { margin: 0; }
.bf-referenced div { display: block; margin: .5rem 0; }
.bf-factBox { display: flex; flex-wrap: wrap; gap: 1rem 2rem; background: #f2f5f8; padding: 1rem; }
.bf-factBox div { display: block; }
.bf-factBox dt::after { content: none; }
.bf-factBox dt { font-weight: 400; font-size: .875rem; }
.bf-factBox dd { font-weight: 600; }
.bf-kicker, .bf-subtitle, .bf-generation-note, .bf-note { color: #545454; }
.bf-title-region { font-weight: 600; }
.bf-contents ol { padding-left: 1.25rem; }
.bf-drilldown { margin-top: -.5rem; }
.bf-questions { border-left: 4px solid #c5ced8; padding: .5rem 1rem; margin: 2rem 0; }
.bf-search { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .5rem 1rem; margin: 1.5rem 0; }
.bf-search .form-group { margin: 0; }
.bf-search .form-input { max-width: 28rem; width: 100%; }
.bf-results li { margin: 1rem 0; }
.bf-results mark { background: #ffe98f; color: inherit; }
@media (max-width: 575px) {
  .bf-table table { min-width: 100%; }
  .bf-site-tagline { display: block; margin-left: 0; }
  h1 { font-size: 1.75rem; overflow-wrap: anywhere; }
}
@media print {
  .skipnav, header.header, footer.footer, .breadcrumbs, .bf-search, .bf-downloads, .bf-questions, .bf-drilldown { display: none !important; }
  body { font-size: 10pt; color: #000; }
  .container { max-width: none; padding: 0; }
  .table--responsive-scroll { overflow: visible !important; }
  .bf-table table { width: 100%; }
  .bf-table tr { break-inside: avoid; }
  .bf-table thead { display: table-header-group; }
  .bf-starts-page { break-before: page; }
  .bf-section-titlePage { break-after: page; }
  a[href^="/"]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #545454; }
  .bf-contents a::after, .bf-document a::after { content: none; }
}
`;
