import { escapeHtml } from '@budgetflow/reporting/bilag';
import { PUBLIC_BASE, publicHref, publicPaths } from './public-paths';

/** A step of the breadcrumb trail: its text, and its address unless it is the page itself. */
export interface Crumb {
  readonly text: string;
  readonly href?: string;
}

export interface PageSetup {
  /** The page's own name (the H1 is in `main`); the window title adds the round and the region. */
  readonly title: string;
  readonly context: readonly string[];
  readonly crumbs: readonly Crumb[];
  readonly main: string;
  /** The dkfds version the stylesheet is served under (the gateway's path), so a new version is fetched anew. */
  readonly stylesheetVersion?: string;
}

// DKFDS's stylesheet as the gateway serves it from the dkfds package (the web application's theme).
const DKFDS_STYLESHEET = `${PUBLIC_BASE}/dkfds/css/dkfds-virkdk.min.css`;

function breadcrumbs(crumbs: readonly Crumb[]): string {
  if (crumbs.length === 0) return '';
  const items = crumbs
    .map((crumb) =>
      crumb.href
        ? `<li class="breadcrumbs__list-item"><a href="${escapeHtml(crumb.href)}" class="breadcrumbs__link">${escapeHtml(crumb.text)}</a></li>`
        : `<li class="breadcrumbs__list-item" aria-current="page">${escapeHtml(crumb.text)}</li>`,
    )
    .join('');
  return `<nav class="breadcrumbs" aria-label="Brødkrumme"><ol class="breadcrumbs__list no-max-width">${items}</ol></nav>`;
}

/**
 * A whole public page: Danish, DKFDS's header and footer, a skip link, the breadcrumb trail, the page's content in
 * <main>, the print stylesheet. Plain server-rendered HTML without scripts: it reads the same in every browser and a
 * screen reader, and is cached as it is.
 */
export function pageHtml(setup: PageSetup): string {
  const title = [setup.title, ...setup.context].map(escapeHtml).join(' – ');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${DKFDS_STYLESHEET}">
<link rel="stylesheet" href="${publicHref(publicPaths.stylesheet())}">
</head>
<body>
<a class="skipnav" href="#indhold-start">Gå til sidens indhold</a>
<header class="header">
<div class="portal-info"><div class="portal-info-inner container">
<p class="bf-site-name"><a href="${PUBLIC_BASE}">Budgetmateriale</a> <span class="bf-site-tagline">Regionens udgivne budgetmateriale</span></p>
</div></div>
</header>
<div class="container page-container">
${breadcrumbs(setup.crumbs)}
<main id="indhold-start" tabindex="-1">
${setup.main}
</main>
</div>
<footer class="footer"><div class="container">
<p class="bf-footer-text">Udgivet med Budgetflow. Bilagene findes også som PDF (PDF/UA-1, PDF/A-2a) og regneark; tallene på siderne er de samme som i bilagene.</p>
</div></footer>
</body>
</html>
`;
}
