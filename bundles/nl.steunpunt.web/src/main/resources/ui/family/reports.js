// The Security reports tab: the family's reports; each opens in the report view.
import { h } from '../lib/dom.js';
import { formatDate, t, tEnum } from '../lib/i18n.js';
import { dataTable } from '../lib/table.js';

export function reportsTab(reports, memberNames) {
  if (reports.length === 0) return h('p', { class: 'muted' }, t('reports.empty'));
  return dataTable({
    caption: t('reports.caption'),
    captionHidden: true,
    columns: [
      {
        label: t('reports.reason'),
        header: true,
        cell: (r) => h('a', { href: `#/reports/${encodeURIComponent(r.id)}` }, tEnum('reportReason', r.reason)),
      },
      { label: t('reports.member'), cell: (r) => memberNames.get(r.memberId) ?? '—' },
      {
        label: t('reports.state'),
        cell: (r) => h('span', { class: `badge state-${r.state.toLowerCase()}` }, tEnum('reportState', r.state)),
      },
      { label: t('reports.createdAt'), cell: (r) => formatDate(r.createdAt) },
      { label: t('reports.override'), cell: (r) => (r.overridden ? t('common.yes') : t('common.no')) },
    ],
    rows: reports,
    rowAttrs: (r) => ({ testid: 'report-row', dataset: { reportId: r.id } }),
  });
}
