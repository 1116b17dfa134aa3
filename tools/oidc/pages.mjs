// The development identity provider's pages, in Danish, styled with Det Fælles Designsystem (served from the dkfds
// package): the login form with the demo users, the sign-out step and errors.
const escape = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(title, body, { autoSubmit = false } = {}) {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Budgetflow (udviklingslogin)</title>
<link rel="stylesheet" href="/dkfds/css/dkfds-virkdk.min.css">
<style>.idp-note{max-width:60ch}form .button-primary{margin-top:1.6rem}.idp-users .form-group-radio{margin-bottom:.5rem}.idp-users .form-hint{display:block}</style>
</head>
<body>
<a class="skipnav" href="#indhold">Gå til sidens indhold</a>
<header class="header"><div class="solution-info"><div class="solution-info-inner container"><div class="solution-heading"><p class="h5">Budgetflow · udviklingslogin</p></div></div></div></header>
<main id="indhold" class="container page-container" tabindex="-1">
${body}
</main>
${autoSubmit ? '<script src="/assets/auto-submit.js"></script>' : ''}
</body>
</html>`;
}

/** The login form: the demo users as radio buttons, one password for all. */
export function loginPage({ uid, users, selected, error, clientName }) {
  const errorSummary = error
    ? `<div class="alert alert-error" role="alert" aria-labelledby="fejl-overskrift"><div class="alert-body"><p class="alert-heading" id="fejl-overskrift">Du blev ikke logget ind</p><p class="alert-text"><a href="#adgangskode">${escape(error)}</a></p></div></div>`
    : '';
  const options = users
    .map(
      (user, index) => `<div class="form-group-radio">
  <input type="radio" class="form-radio" id="bruger-${escape(user.username)}" name="username" value="${escape(user.username)}"${user.username === selected || (!selected && index === 0) ? ' checked' : ''}>
  <label class="form-label" for="bruger-${escape(user.username)}">${escape(user.name)} <span class="form-hint">${escape(user.title)}</span></label>
</div>`,
    )
    .join('\n');
  return page(
    'Log ind',
    `<h1>Log ind i Budgetflow</h1>
<p class="idp-note">Dette er projektets udviklingsudbyder af OpenID Connect${clientName ? ` for ${escape(clientName)}` : ''}. Vælg en demobruger. Alle demobrugere har den samme adgangskode (<code>DEV_IDP_PASSWORD</code> i <code>.env.example</code>).</p>
${errorSummary}
<form method="post" action="/interaction/${escape(uid)}/login" novalidate>
  <fieldset class="idp-users">
    <legend class="h4">Demobruger</legend>
    ${options}
  </fieldset>
  <div class="form-group${error ? ' form-error' : ''}">
    <label class="form-label" for="adgangskode">Adgangskode</label>
    ${error ? `<span class="form-error-message" id="adgangskode-fejl"><span class="sr-only">Fejl: </span>${escape(error)}</span>` : ''}
    <input class="form-input" type="password" id="adgangskode" name="password" autocomplete="current-password" required${error ? ' aria-describedby="adgangskode-fejl" aria-invalid="true" autofocus' : ''}>
  </div>
  <button class="button button-primary" type="submit">Log ind</button>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort" class="mt-5"><button class="button button-tertiary" type="submit">Annullér og gå tilbage</button></form>`,
  );
}

/** RP-initiated logout: the provider's own confirmation form, submitted at once (a development convenience). */
export function logoutPage(form) {
  return page(
    'Log ud',
    `<h1>Du logges ud</h1>
<p>Du logges ud af udviklingsudbyderen og Budgetflow.</p>
${form}
<button class="button button-primary" type="submit" form="op.logoutForm" value="yes" name="logout">Log ud</button>`,
    { autoSubmit: true },
  );
}

export function loggedOutPage() {
  return page('Logget ud', '<h1>Du er logget ud</h1><p>Du er logget ud af udviklingsudbyderen. Du kan lukke vinduet.</p>');
}

export function errorPage(out) {
  return page(
    'Fejl',
    `<h1>Log ind mislykkedes</h1>
<div class="alert alert-error" role="alert"><div class="alert-body"><p class="alert-heading">${escape(out.error ?? 'Fejl')}</p><p class="alert-text">${escape(out.error_description ?? '')}</p></div></div>
<p>Gå tilbage til Budgetflow og prøv at logge ind igen.</p>`,
  );
}
