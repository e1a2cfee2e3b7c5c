// The family's header: reference, municipality, status, phase, and the critical-moment banner.
import { h } from '../lib/dom.js';
import { formatDate, formatDateTime, formatLanguages, t, tEnum } from '../lib/i18n.js';
import { municipalityName } from '../lib/municipalities.js';

function item(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

export function familyHeader(family, trajectory, names) {
  return h(
    'header',
    { class: 'family-header', testid: 'family-header' },
    h('h1', { tabindex: '-1' }, t('family.heading', { reference: family.reference })),
    family.lastCriticalMoment
      ? h(
          'div',
          { class: 'critical', testid: 'critical-moment', role: 'note', 'aria-label': t('family.criticalLabel') },
          h('p', {}, h('strong', {}, t('family.criticalTitle', { date: formatDateTime(family.lastCriticalMoment) }))),
          h('p', {}, t('family.criticalText')),
        )
      : null,
    h(
      'dl',
      { class: 'facts' },
      item(t('family.reference'), family.reference),
      item(t('family.municipality'), municipalityName(names, family.municipality)),
      item(t('family.status'), tEnum('familyStatus', family.status)),
      trajectory ? item(t('family.phase'), tEnum('phase', trajectory.phase)) : null,
      family.languages?.length ? item(t('family.languages'), formatLanguages(family.languages)) : null,
      item(t('family.since'), formatDate(family.createdAt)),
    ),
  );
}
