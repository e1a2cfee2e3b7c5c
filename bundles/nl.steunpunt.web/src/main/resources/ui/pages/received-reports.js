// Received reports (nav page, police and municipality): the minimal data set, and acknowledging.
import { api, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { alertRegion, clearProblem, showProblem } from '../lib/forms.js';
import { formatDate, formatDateTime, t, tEnum } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { pager } from '../lib/pager.js';
import { announce } from '../lib/status.js';
import { dataTable } from '../lib/table.js';

const LIMIT = 50;

class ReceivedReportsPage extends ShellElement {
  #offset = 0;

  async render(signal) {
    replace(this, loading());
    const page = await api(withQuery('/api/v1/received-reports', { offset: this.#offset, limit: LIMIT }), { signal });
    const alert = alertRegion();
    const acknowledge = async (report, button) => {
      clearProblem(alert);
      button.disabled = true;
      try {
        await api(`/api/v1/received-reports/${encodeURIComponent(report.id)}/acknowledgement`, {
          method: 'POST',
          version: report.version,
        });
        announce(t('received.acknowledged', { reference: report.dataSet.familyReference }));
        this.refresh();
      } catch (error) {
        showProblem(alert, error);
        button.disabled = false;
      }
    };
    replace(
      this,
      h('p', { class: 'hint' }, t('received.intro')),
      alert,
      page.items.length === 0
        ? h('p', { class: 'muted' }, t('received.none'))
        : dataTable({
            caption: t('received.caption', { total: page.total }),
            columns: [
              { label: t('dataSet.familyReference'), header: true, cell: (r) => r.dataSet.familyReference },
              { label: t('dataSet.givenName'), cell: (r) => r.dataSet.givenName },
              { label: t('dataSet.birthYear'), cell: (r) => String(r.dataSet.birthYear) },
              { label: t('dataSet.reason'), cell: (r) => tEnum('reportReason', r.dataSet.reason) },
              { label: t('dataSet.date'), cell: (r) => formatDate(r.dataSet.date) },
              { label: t('dataSet.centreContact'), cell: (r) => r.dataSet.centreContact },
              { label: t('action.recipient'), cell: (r) => tEnum('recipient', r.recipient) },
              { label: t('reports.state'), cell: (r) => tEnum('reportState', r.state) },
              {
                label: t('report.acknowledgedAt'),
                cell: (r) =>
                  r.acknowledgedAt || r.state !== 'REPORTED'
                    ? formatDateTime(r.acknowledgedAt) || '—'
                    : h(
                        'button',
                        {
                          type: 'button',
                          class: 'small',
                          onclick: (e) => acknowledge(r, e.currentTarget),
                          'aria-label': t('received.acknowledgeNamed', { reference: r.dataSet.familyReference }),
                        },
                        t('received.acknowledge'),
                      ),
              },
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

customElements.define('sp-received-reports-page', ReceivedReportsPage);
