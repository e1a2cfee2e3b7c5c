// The Trajectory tab: phase, partners and the team, with the language match against the family,
// and the referrals to therapy (when the user may read them).
import { h } from '../lib/dom.js';
import { formatDate, formatLanguages, t, tEnum } from '../lib/i18n.js';
import { dataTable } from '../lib/table.js';
import { referralsSection } from './referrals.js';

function shared(languages, familyLanguages) {
  return (languages ?? []).filter((code) => familyLanguages.includes(code));
}

function match(languages, familyLanguages) {
  const common = shared(languages, familyLanguages);
  return common.length
    ? h('span', { class: 'badge ok' }, t('team.speaks', { languages: formatLanguages(common) }))
    : h('span', { class: 'badge warn' }, t('team.noSharedLanguage'));
}

export function trajectoryTab(trajectory, team, family, { referrals = null, familyMembers = null, onChange = () => {} } = {}) {
  const familyLanguages = family.languages ?? [];
  const members = team?.team ?? trajectory.team ?? [];
  const suggestions = team?.suggestions ?? [];
  return h('div', { class: 'stack' },
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, t('family.phase')), h('dd', {}, tEnum('phase', trajectory.phase))),
      h('div', {}, h('dt', {}, t('trajectory.openedAt')), h('dd', {}, formatDate(trajectory.openedAt))),
      h('div', {}, h('dt', {}, t('trajectory.partners')), h('dd', {}, trajectory.partners?.join(', ') || '—')),
      h('div', {}, h('dt', {}, t('family.languages')), h('dd', {}, formatLanguages(familyLanguages) || '—'))),
    h('h2', {}, t('team.heading')),
    members.length === 0 ? h('p', { class: 'muted' }, t('team.empty')) : dataTable({
      caption: t('team.caption'),
      captionHidden: true,
      columns: [
        { label: t('team.user'), header: true, cell: (m) => m.user },
        { label: t('team.expertise'), cell: (m) => tEnum('expertise', m.expertise) },
        { label: t('team.languages'), cell: (m) => formatLanguages(m.languages) || '—' },
        { label: t('team.match'), cell: (m) => match(m.languages, familyLanguages) },
      ],
      rows: members,
    }),
    suggestions.length === 0 ? null : [
      h('h2', {}, t('team.suggestions')),
      dataTable({
        caption: t('team.suggestionsCaption'),
        captionHidden: true,
        columns: [
          { label: t('team.user'), header: true, cell: (s) => s.user },
          { label: t('team.expertise'), cell: (s) => tEnum('expertise', s.expertise) },
          { label: t('team.sharedLanguages'), cell: (s) => formatLanguages(s.sharedLanguages) },
        ],
        rows: suggestions,
      }),
    ],
    referrals ? referralsSection(trajectory.id, referrals, familyMembers, onChange) : null);
}
