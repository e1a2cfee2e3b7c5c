// The navigation: home, then the NAV extensions the server gives this user.
import { h, replace } from '../lib/dom.js';
import { extensionsFor, titleOf } from '../lib/extensions.js';
import { t } from '../lib/i18n.js';

export function navHash(item) {
  return `#/${encodeURIComponent(item.id)}`;
}

export function renderNav(nav) {
  nav.setAttribute('aria-label', t('nav.label'));
  const items = extensionsFor('nav');
  replace(
    nav,
    h(
      'ul',
      {},
      h('li', {}, h('a', { href: '#/', testid: 'nav-home' }, t('nav.home'))),
      items.map((item) => h('li', {}, h('a', { href: navHash(item), testid: `nav-item-${item.id}` }, titleOf(item)))),
    ),
  );
  markCurrent(nav);
}

/** aria-current="page" on the link of the page shown; family pages belong to no nav item. */
export function markCurrent(nav) {
  const hash = window.location.hash || '#/';
  for (const link of nav.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    const current = href === hash || (href === '#/' && hash === '#');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
