// The login page's one script (served at /login.js; a classic script, deferred). The form works
// without it: the browser posts it, the server answers 303 to the shell's page, and the browser
// navigates there. With it, two things more:
//
// 1. The shell's route is kept. The part of the address after `#` (the shell's routes) never
//    reaches the server, so it is added here to the path to return to: a bookmarked page of the
//    shell opens after the login.
// 2. The login happens in place. The script posts the same form to the same address and gets the
//    same answers; the server does not know the difference. After a login, fetch follows the 303
//    to the shell's page as the browser would, and this page becomes that page: its address, its
//    head (with what the server wrote into it) and its body, then its scripts. A browser spends
//    about as long on a navigation as the shell spends on a whole page (docs/benchmarks.md). After
//    a refusal (a wrong password, too many attempts, a realm that cannot check) the server's new
//    form, with its message, takes the old one's place.
//
// What this script does not recognise: a redirect elsewhere is loaded by the browser; no answer,
// or another answer, is said in the page, and the form can be sent again.
(() => {
  'use strict';

  const ROUTE = /^#\/[^#]*$/;

  /** How long building the shell's page may take before the browser is asked to load it. */
  const BUILD_LIMIT_MS = 15000;

  /** How long a login may take before the page says it is under way (most take about 100 ms). */
  const SLOW_MS = 400;

  /** The timer that says so, while a login is under way. */
  let slow = 0;

  /** The shell's route added to the form's path to return to, once. */
  function keepRoute(form) {
    const field = form.querySelector('input[name="return"]');
    const hash = window.location.hash;
    if (field && hash && !field.value.includes('#') && ROUTE.test(hash)) {
      field.value += hash;
    }
  }

  /** The route the form returns to: the part after `#` of its return field, or none. */
  function routeOf(form) {
    const value = form.querySelector('input[name="return"]')?.value ?? '';
    const hash = value.includes('#') ? value.slice(value.indexOf('#')) : '';
    return ROUTE.test(hash) ? hash : '';
  }

  function wire(form) {
    keepRoute(form);
    // A live region is read out when its text changes, so it is in the page before that.
    const status = document.createElement('p');
    status.id = 'login-status';
    status.setAttribute('role', 'status');
    form.before(status);
    form.addEventListener('submit', (event) => {
      if (!window.fetch || !window.DOMParser) return; // the browser's own submit
      event.preventDefault();
      if (form.dataset.sending) return; // never sent twice
      form.dataset.sending = 'true';
      form.setAttribute('aria-busy', 'true');
      // Said only when the login is slow, so a quick one does not flash a message.
      window.clearTimeout(slow);
      slow = window.setTimeout(() => {
        status.replaceChildren(words('nl', 'Bezig met inloggen…'), ' ', words('en', 'Logging in…'));
      }, SLOW_MS);
      send(form);
    });
  }

  /** Words in one of the page's two languages. */
  function words(lang, text) {
    const span = document.createElement('span');
    span.lang = lang;
    span.textContent = text;
    return span;
  }

  async function send(form) {
    let response;
    let page = null;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
        headers: { Accept: 'text/html' },
      });
      const text = await response.text();
      if ((response.headers.get('Content-Type') ?? '').startsWith('text/html')) {
        page = new DOMParser().parseFromString(text, 'text/html');
      }
    } catch {
      failed(form, null);
      return;
    }
    const address = new URL(response.url);
    if (response.redirected && address.origin === window.location.origin) {
      // Logged in: the session's cookie is set and `page` is the page the login returned to.
      const path = address.pathname + address.search + routeOf(form);
      if (response.ok && page?.getElementById('sp-main') && address.pathname.startsWith('/ui/')) {
        // Should building the page fail or hang, the browser loads it itself (at `path` by then).
        const limit = window.setTimeout(() => window.location.reload(), BUILD_LIMIT_MS);
        enter(page, path).then(
          () => window.clearTimeout(limit),
          () => window.location.reload(),
        );
      } else {
        window.location.assign(path);
      }
      return;
    }
    window.clearTimeout(slow);
    const again = page?.querySelector('main form[action="/login"]');
    if (again) {
      // Refused: the server's page again, its message and its form (the fields empty), the focus
      // in its first field. The message is an alert: it is read out as it comes.
      document.querySelector('main').replaceWith(document.adoptNode(again.closest('main')));
      wire(again);
      again.querySelector('input:not([type="hidden"])')?.focus();
      return;
    }
    failed(form, response.status);
  }

  /**
   * No answer, or one this script does not know (not the login page, not a redirect): said in the
   * page, in both languages as the page is, and the form can be sent again. Never sent again by
   * itself: the password would go twice, and a refusal would count twice.
   */
  function failed(form, status) {
    window.clearTimeout(slow);
    delete form.dataset.sending;
    form.removeAttribute('aria-busy');
    document.getElementById('login-status')?.replaceChildren();
    for (const alert of document.querySelectorAll('main [role="alert"]')) alert.remove();
    const message = document.createElement('p');
    message.id = 'login-no-answer';
    message.setAttribute('role', 'alert');
    message.append(
      status === null
        ? words('nl', 'De server is niet bereikt. Probeer het opnieuw.')
        : words('nl', `De server gaf een onverwacht antwoord (${status}). Probeer het opnieuw.`),
      ' ',
      status === null
        ? words('en', 'The server could not be reached. Try again.')
        : words('en', `The server gave an unexpected answer (${status}). Try again.`),
    );
    form.before(message);
  }

  /** This page becomes the shell's page `page`, at `path`, as a navigation there would make it. */
  async function enter(page, path) {
    window.history.replaceState(null, '', path);
    // A parsed page's scripts do not run: each is run as a copy, in its order, the next added once
    // the last has run.
    const scripts = [...page.querySelectorAll('script')];
    for (const script of scripts) script.remove();
    document.documentElement.lang = page.documentElement.lang;
    const sheets = [...page.head.querySelectorAll('link[rel="stylesheet"]')].map(
      (link) =>
        new Promise((resolve) => {
          link.addEventListener('load', resolve);
          link.addEventListener('error', resolve);
        }),
    );
    document.head.replaceChildren(...[...page.head.childNodes].map((node) => document.adoptNode(node)));
    // The classic scripts before the first module need only the head, as in a page the browser
    // loads: the boot script starts the first page's requests (the shell's bundle takes their
    // answers) while the style sheet comes.
    let next = 0;
    while (next < scripts.length && scripts[next].type !== 'module') await run(scripts[next++]);
    // No page without its styles: the body is shown once the style sheets are in.
    await Promise.all(sheets);
    page.body.dataset.loginInPlace = ''; // the shell's router: focus to the page's heading
    document.body.replaceWith(document.adoptNode(page.body));
    while (next < scripts.length) await run(scripts[next++]);
  }

  /** Runs a copy of `script` in this page; resolves once it has run (or failed to load). */
  function run(script) {
    // Only a script from a file runs (an inline one would not, under the page's CSP): one of
    // another kind, or with no file, would never say it has loaded.
    if (!script.src || !['', 'text/javascript', 'module'].includes(script.type)) return Promise.resolve();
    return new Promise((resolve) => {
      const copy = document.createElement('script');
      for (const { name, value } of script.attributes) copy.setAttribute(name, value);
      copy.addEventListener('load', resolve);
      copy.addEventListener('error', resolve);
      document.head.append(copy);
    });
  }

  const form = document.querySelector('form[action="/login"]');
  if (form) wire(form);
})();
