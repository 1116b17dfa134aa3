/**
 * The public site's own rules beside DKFDS (whose root font size is 10 px: 1.6rem is the body text's 16 px): the
 * breadcrumb trail in one row, the bilag's tables (amounts right-aligned in tabular figures, group,
 * subtotal and total rows), the description lists, the phone width, and a print stylesheet (no header, footer,
 * breadcrumbs or search; every table whole, a proposal on a new page, link targets written out).
 */
export const SITE_STYLESHEET = `
.bf-site-name { margin: 0; font-weight: 600; font-size: 1.8rem; }
.bf-site-name a { color: inherit; }
.bf-site-tagline { font-weight: 400; font-size: 1.6rem; margin-left: .8rem; }
.bf-footer-text { max-width: 60ch; }
/* The trail in one row that wraps (its list has DKFDS's no-max-width), a step apart from the next by a sign not read aloud. */
.breadcrumbs .breadcrumbs__list { display: flex; flex-wrap: wrap; }
.breadcrumbs .breadcrumbs__list .breadcrumbs__list-item { margin-top: 0; }
.breadcrumbs__list-item + .breadcrumbs__list-item::before { content: "›" / ""; margin: 0 .8rem; color: #545454; }
main { padding-bottom: 3.2rem; }
main:focus { outline: none; }
.bf-lead { font-size: 1.8rem; max-width: 60ch; }
.bf-meta { color: #545454; }
.bf-links { list-style: none; padding-left: 0; }
.bf-links li { margin: 1.2rem 0; }
.bf-downloads { display: flex; flex-wrap: wrap; gap: .8rem 2.4rem; padding-left: 0; list-style: none; }
.bf-downloads li { margin-top: 0; }
.bf-document { max-width: 100%; }
.bf-table { margin: 1.6rem 0 2.4rem; }
.bf-table table { width: auto; min-width: 60%; }
.bf-table caption { text-align: left; font-weight: 600; padding-bottom: .8rem; }
.bf-table-label { display: block; font-weight: 400; }
.bf-table .bf-amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.bf-table tr.bf-group th, .bf-table tr.bf-subtotal, .bf-table tr.bf-total { font-weight: 600; }
.bf-table tr.bf-subtotal td, .bf-table tr.bf-subtotal th { background: #f2f5f8; }
.bf-table tr.bf-total td, .bf-table tr.bf-total th { background: #e6ecf2; }
.bf-table th[scope="row"], .bf-table th[scope="rowgroup"] { font-weight: inherit; text-align: left; }
.bf-table tr.bf-group th, .bf-table tr.bf-subtotal th, .bf-table tr.bf-total th { font-weight: 600; }
.bf-indent { padding-left: 2.4rem !important; }
.bf-descriptions div { display: flex; flex-wrap: wrap; gap: 0 .8rem; margin: .4rem 0; }
.bf-descriptions dt { font-weight: 600; }
.bf-descriptions dt::after { content: ":"; }
.bf-descriptions dd { margin: 0; }
.bf-referenced div { display: block; margin: .8rem 0; }
.bf-factBox { display: flex; flex-wrap: wrap; gap: 1.6rem 3.2rem; background: #f2f5f8; padding: 1.6rem; }
.bf-factBox div { display: block; }
.bf-factBox dt::after { content: none; }
.bf-factBox dt { font-weight: 400; font-size: 1.4rem; }
.bf-factBox dd { font-weight: 600; }
.bf-kicker, .bf-subtitle, .bf-generation-note, .bf-note { color: #545454; }
.bf-title-region { font-weight: 600; }
/* The committee above a proposal's title in the catalogue: with the title, apart from the table before it. */
.bf-kicker { margin: 4rem 0 0; }
.bf-kicker + h3 { margin-top: .4rem; }
.bf-contents ol { padding-left: 2rem; }
.bf-drilldown { margin-top: -.8rem; }
.bf-questions { border-left: 4px solid #c5ced8; padding: .8rem 1.6rem; margin: 3.2rem 0; }
.bf-search { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .8rem 1.6rem; margin: 2.4rem 0; }
.bf-search .form-group { margin: 0; }
.bf-search .form-input { max-width: 44.8rem; width: 100%; }
.bf-results li { margin: 1.6rem 0; }
.bf-results mark { background: #ffe98f; color: inherit; }
@media (max-width: 575px) {
  .bf-table table { min-width: 100%; }
  .bf-site-tagline { display: block; margin-left: 0; }
  h1 { font-size: 2.8rem; overflow-wrap: anywhere; }
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
