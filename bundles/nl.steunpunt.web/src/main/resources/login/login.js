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
// Anything this script does not recognise falls back to what the browser does without it.
(() => {
  'use strict';

  const ROUTE = /^#\/[^#]*$/;

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
    form.addEventListener('submit', (event) => {
      if (!window.fetch || !window.DOMParser) return; // the browser's own submit
      event.preventDefault();
      if (form.dataset.sending) return; // never sent twice
      form.dataset.sending = 'true';
      form.setAttribute('aria-busy', 'true');
      send(form);
    });
  }

  async function send(form) {
    let response;
    let html;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
        headers: { Accept: 'text/html' },
      });
      html = await response.text();
    } catch {
      // No answer (the network): the browser's own submit, which shows what went wrong.
      form.submit();
      return;
    }
    const page = new DOMParser().parseFromString(html, 'text/html');
    const address = new URL(response.url);
    if (response.redirected && address.origin === window.location.origin) {
      // Logged in: the session's cookie is set and `page` is the page the login returned to.
      const path = address.pathname + address.search + routeOf(form);
      if (response.ok && address.pathname.startsWith('/ui/') && page.getElementById('sp-main')) {
        // Should anything go wrong on the way, the browser loads the page itself.
        enter(page, path).catch(() => window.location.assign(path));
      } else {
        window.location.assign(path);
      }
      return;
    }
    const again = page.querySelector('main form[action="/login"]');
    if (again) {
      // Refused: the server's page again, its message and its form (the fields empty).
      document.querySelector('main').replaceWith(document.adoptNode(again.closest('main')));
      wire(again);
      return;
    }
    // Any other answer: the browser's own submit, which shows it as the server meant it.
    form.submit();
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
