// Security reports (nav page): the staff's overview, filtered by state.
import { api, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { enumSelect, field } from '../lib/forms.js';
import { formatDate, t, tEnum } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { pager } from '../lib/pager.js';
import { dataTable } from '../lib/table.js';

const STATES = ['DRAFT', 'CONSULTED', 'REPORTED', 'ACKNOWLEDGED', 'CLOSED', 'WITHDRAWN'];
const LIMIT = 50;

class ReportsPage extends ShellElement {
  #state = '';
  #offset = 0;

  async render(signal) {
    const state = enumSelect('reportState', STATES, { name: 'state', empty: t('filter.any'), value: this.#state });
    const results = h('div', {}, loading());
    replace(
      this,
      h(
        'form',
        {
          class: 'filters',
          role: 'search',
          'aria-label': t('reports.filterLabel'),
          onsubmit: (event) => {
            event.preventDefault();
            this.#state = state.value;
            this.#offset = 0;
            this.refresh();
          },
        },
        field(t('reports.state'), state),
        h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('filter.apply'))),
      ),
      results,
    );
    const page = await api(withQuery('/api/v1/reports', { state: this.#state, offset: this.#offset, limit: LIMIT }), {
      signal,
    });
    replace(
      results,
      page.items.length === 0
        ? h('p', { class: 'muted' }, t('reports.empty'))
        : dataTable({
            caption: t('reports.listCaption', { total: page.total }),
            columns: [
              {
                label: t('reports.reason'),
                header: true,
                cell: (r) => h('a', { href: `#/reports/${encodeURIComponent(r.id)}` }, tEnum('reportReason', r.reason)),
              },
              {
                label: t('reports.state'),
                cell: (r) =>
                  h('span', { class: `badge state-${r.state.toLowerCase()}` }, tEnum('reportState', r.state)),
              },
              {
                label: t('action.recipient'),
                cell: (r) => tEnum('recipient', r.disclosure?.recipient ?? r.consultation?.recipient) || '—',
              },
              { label: t('reports.createdAt'), cell: (r) => formatDate(r.createdAt) },
              { label: t('reports.override'), cell: (r) => (r.overridden ? t('common.yes') : t('common.no')) },
            ],
            rows: page.items,
            rowAttrs: (r) => ({ testid: 'report-row', dataset: { reportId: r.id } }),
          }),
      page.total > LIMIT
        ? pager({
            offset: page.offset,
            limit: LIMIT,
            total: page.total,
            count: page.items.length,
            onChange: (offset) => {
              this.#offset = offset;
              this.refresh();
            },
          })
        : null,
    );
  }
}

customElements.define('sp-reports-page', ReportsPage);
