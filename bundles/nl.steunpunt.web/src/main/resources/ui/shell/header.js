// The header: brand, who is logged in, the language switch, break-glass and log out.
import { logout } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { hasRole, getUser } from '../lib/extensions.js';
import { getLocale, setLocale, t, tEnum } from '../lib/i18n.js';
import { openBreakGlass } from './break-glass.js';

export function renderHeader(header) {
  const user = getUser();
  const other = getLocale() === 'nl' ? 'en' : 'nl';
  replace(
    header,
    h('a', { class: 'brand', href: '#/' }, t('app.name')),
    h(
      'div',
      { class: 'header-tools' },
      hasRole('counsellor', 'team-lead')
        ? h(
            'button',
            { type: 'button', class: 'warning', testid: 'break-glass-open', onclick: () => openBreakGlass() },
            t('breakGlass.open'),
          )
        : null,
      h(
        'p',
        { class: 'user' },
        h('span', { class: 'visually-hidden' }, t('header.loggedInAs')),
        h('span', { testid: 'user-name' }, user?.user ?? ''),
        h(
          'span',
          { class: 'muted user-roles' },
          ` · ${(user?.roles ?? []).map((role) => tEnum('userRole', role)).join(', ')} · ${user?.organisation ?? ''}`,
        ),
      ),
      // One button that names the other language, in that language.
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          lang: other,
          testid: 'lang-switch',
          dataset: { lang: other },
          'aria-label': t(`lang.switchTo.${other}`),
          onclick: () => setLocale(other),
        },
        t(`lang.name.${other}`),
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', testid: 'logout', onclick: () => logout() },
        t('header.logout'),
      ),
    ),
  );
}
