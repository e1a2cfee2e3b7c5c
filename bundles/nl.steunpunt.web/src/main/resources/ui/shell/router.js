// Hash routing: #/ home, #/families/new (intake), #/families/<id>[/<tab>], #/reports/<id>,
// #/<nav extension id>.
// Hash routes need no server fallback: the server only ever serves /ui/index.html.
import { h, replace } from '../lib/dom.js';
import { contextFor, findExtension, keyOf, mountExtension, onExtensionsChange, titleOf } from '../lib/extensions.js';
import { onLocaleChange, t } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { markCurrent } from './nav.js';
import { familyRoute } from './routes.js';

let main;
let nav;
let view = null; // { kind, element?, item?, title() }
let focusWatcher = null;

function shellView(tag, props, title) {
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.context = contextFor(props.scope ?? {});
  return { kind: 'shell', element, scope: props.scope ?? {}, title, nodes: [element] };
}

function unavailableView() {
  const heading = h('h1', { tabindex: '-1' }, t('unavailable.title'));
  return {
    kind: 'unavailable',
    title: () => t('unavailable.title'),
    nodes: [
      heading,
      h(
        'div',
        { class: 'notice', testid: 'page-unavailable' },
        h('p', {}, t('unavailable.text')),
        h('p', {}, h('a', { href: '#/' }, t('unavailable.home'))),
      ),
    ],
  };
}

function navView(id) {
  const item = findExtension('nav', id);
  if (!item) return unavailableView();
  const heading = h('h1', { tabindex: '-1' }, titleOf(item));
  return {
    kind: 'nav',
    item,
    key: keyOf(item),
    heading,
    title: () => titleOf(item),
    nodes: [heading, mountExtension(item)],
  };
}

function resolve(hash) {
  if (hash === '' || hash === '#' || hash === '#/') return shellView('sp-home-page', {}, () => t('home.title'));
  if (hash === '#/families/new') return shellView('sp-intake-page', {}, () => t('intake.title'));
  const family = familyRoute(hash);
  if (family) {
    const { familyId, tab } = family;
    return shellView('sp-family-page', { familyId, initialTab: tab, scope: { familyId } }, () => t('family.title'));
  }
  let match = /^#\/reports\/([^/]+)$/.exec(hash);
  if (match) return shellView('sp-report-page', { reportId: decodeURIComponent(match[1]) }, () => t('report.title'));
  match = /^#\/([^/]+)$/.exec(hash);
  if (match) return navView(decodeURIComponent(match[1]));
  return unavailableView();
}

/** Focus the page's h1 once it exists (shell views render it after their first load). */
function focusHeading() {
  focusWatcher?.disconnect();
  const tryFocus = () => {
    const heading = main.querySelector('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  };
  if (tryFocus()) return;
  focusWatcher = new MutationObserver(() => {
    if (tryFocus()) focusWatcher.disconnect();
  });
  focusWatcher.observe(main, { childList: true, subtree: true });
  window.setTimeout(() => focusWatcher?.disconnect(), 5000);
}

function show(next, { focus }) {
  view = next;
  replace(main, view.nodes);
  document.title = `${view.title()} · ${t('app.name')}`;
  markCurrent(nav);
  if (focus) focusHeading();
}

function route({ focus = true } = {}) {
  show(resolve(window.location.hash), { focus });
}

export function startRouter(mainEl, navEl) {
  main = mainEl;
  nav = navEl;
  window.addEventListener('hashchange', () => route());
  window.addEventListener('sp-route-reload', () => route());
  onLocaleChange(() => {
    if (view.kind === 'shell') view.element.context = contextFor(view.scope);
    if (view.kind === 'nav') view.heading.textContent = view.title();
    if (view.kind === 'unavailable') route({ focus: false });
    document.title = `${view.title()} · ${t('app.name')}`;
  });
  onExtensionsChange(() => {
    if (view.kind === 'nav') {
      const item = findExtension('nav', view.item.id);
      if (!item) {
        show(unavailableView(), { focus: false });
        announce(t('unavailable.title'));
      } else if (keyOf(item) !== view.key) {
        route({ focus: false });
      } else {
        view.heading.textContent = titleOf(item);
      }
    } else if (view.kind === 'unavailable' && /^#\/[^/]+$/.test(window.location.hash)) {
      // A page that was missing may have come (back) with a bundle.
      if (findExtension('nav', decodeURIComponent(window.location.hash.slice(2)))) route({ focus: false });
    }
  });
  // A page loaded by the browser keeps its focus where the browser puts it; one the login page
  // became in place (login.js marks its body) moves it to its heading, as a change of page in the
  // shell does: the button that had it is gone, and a screen reader is told where it is now.
  route({ focus: 'loginInPlace' in document.body.dataset });
}
