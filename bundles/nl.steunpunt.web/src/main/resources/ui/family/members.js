// The Members tab.
import { formatLanguages, t, tEnum } from '../lib/i18n.js';
import { dataTable } from '../lib/table.js';

export function membersTab(members) {
  return dataTable({
    caption: t('members.caption'),
    columns: [
      { label: t('members.givenName'), header: true, cell: (m) => m.givenName },
      { label: t('members.role'), cell: (m) => tEnum('memberRole', m.role) },
      { label: t('members.birthYear'), cell: (m) => String(m.birthYear) },
      { label: t('members.whereabouts'), cell: (m) => tEnum('whereabouts', m.whereabouts) },
      { label: t('members.languages'), cell: (m) => formatLanguages(m.languages) },
    ],
    rows: members,
    rowAttrs: (m) => ({ testid: 'member-row', dataset: { memberId: m.id } }),
  });
}
