// Report counts (nav page, evaluator): security reports per year and reason, by recipient.
import { api } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { formatNumber, t, tEnum } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { dataTable } from '../lib/table.js';

const RECIPIENTS = ['MUNICIPALITY', 'POLICE'];

class ReportCountsPage extends ShellElement {
  async render(signal) {
    replace(this, loading());
    const counts = await api('/api/v1/reports/counts', { signal });
    // Pivot: one row per year and reason, one column per recipient.
    const rows = new Map();
    for (const c of counts) {
      const key = `${c.year}|${c.reason}`;
      if (!rows.has(key)) rows.set(key, { year: c.year, reason: c.reason, MUNICIPALITY: 0, POLICE: 0 });
      rows.get(key)[c.recipient] = (rows.get(key)[c.recipient] ?? 0) + c.count;
    }
    const sorted = [...rows.values()].sort((a, b) => b.year - a.year || a.reason.localeCompare(b.reason));
    replace(this,
      h('p', { class: 'hint' }, t('counts.intro')),
      sorted.length === 0 ? h('p', { class: 'muted' }, t('counts.none')) : dataTable({
        caption: t('counts.caption'),
        columns: [
          { label: t('counts.year'), header: true, cell: (r) => String(r.year) },
          { label: t('reports.reason'), cell: (r) => tEnum('reportReason', r.reason) },
          ...RECIPIENTS.map((recipient) => ({ label: tEnum('recipient', recipient), cell: (r) => formatNumber(r[recipient]) })),
          { label: t('counts.total'), cell: (r) => formatNumber(RECIPIENTS.reduce((sum, key) => sum + r[key], 0)) },
        ],
        rows: sorted,
        rowAttrs: () => ({ testid: 'count-row' }),
      }));
  }
}

customElements.define('sp-report-counts-page', ReportCountsPage);
