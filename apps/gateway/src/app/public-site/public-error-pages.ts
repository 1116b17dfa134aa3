// The gateway's own public pages, for what reporting's snapshot cannot answer: a page that does not exist and a
// moment when reporting does not answer. Danish, DKFDS, no scripts.
function page(title: string, text: string): string {
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Budgetmateriale</title>
<link rel="stylesheet" href="/offentligt/dkfds/css/dkfds-virkdk.min.css"><link rel="stylesheet" href="/offentligt/offentligt.css"></head>
<body>
<a class="skipnav" href="#indhold-start">Gå til sidens indhold</a>
<header class="header"><div class="portal-info"><div class="portal-info-inner container"><p class="bf-site-name"><a href="/offentligt">Budgetmateriale</a></p></div></div></header>
<div class="container page-container"><main id="indhold-start" tabindex="-1">
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/offentligt">Gå til forsiden med det udgivne budgetmateriale</a></p>
</main></div>
</body>
</html>
`;
}

export function notFoundPage(): string {
  return page('Siden findes ikke', 'Der er ikke udgivet noget på denne adresse. Måske er adressen skrevet forkert, eller materialet er ikke udgivet.');
}

export function unavailablePage(): string {
  return page('Siden kan ikke vises lige nu', 'Prøv igen om lidt.');
}
