// The data subject access report (nav page, privacy officer): what the platform holds about a
// member and who accessed it (organisation, purpose, category; no staff names).
import { api } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { alertRegion, clearProblem, field, showProblem } from '../lib/forms.js';
import { formatDateTime, t, tEnum } from '../lib/i18n.js';
import { loading, ShellElement } from '../lib/page.js';
import { dataTable } from '../lib/table.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fact(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

function reportView(report) {
  const m = report.member;
  return h(
    'div',
    { class: 'stack', testid: 'access-report' },
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'ar-member' },
      h('h2', { id: 'ar-member' }, t('accessReport.member')),
      h(
        'dl',
        { class: 'facts' },
        fact(t('family.reference'), report.familyReference),
        fact(t('members.givenName'), m.givenName),
        fact(t('members.role'), tEnum('memberRole', m.role)),
        fact(t('members.birthYear'), String(m.birthYear)),
        fact(t('members.whereabouts'), tEnum('whereabouts', m.whereabouts)),
        fact(t('accessReport.generatedAt'), formatDateTime(report.generatedAt)),
      ),
    ),
    h('h2', {}, t('accessReport.events')),
    report.events.length === 0
      ? h('p', { class: 'muted' }, t('timeline.empty'))
      : dataTable({
          caption: t('accessReport.events'),
          captionHidden: true,
          columns: [
            { label: t('timeline.occurredAt'), header: true, cell: (e) => formatDateTime(e.occurredAt) },
            { label: t('timeline.type'), cell: (e) => tEnum('eventType', e.type) },
          ],
          rows: report.events,
        }),
    h('h2', {}, t('accessReport.accesses')),
    report.accesses.length === 0
      ? h('p', { class: 'muted' }, t('accessReport.noAccesses'))
      : dataTable({
          caption: t('accessReport.accesses'),
          captionHidden: true,
          columns: [
            { label: t('audit.at'), header: true, cell: (a) => formatDateTime(a.at) },
            { label: t('accessReport.organisation'), cell: (a) => a.organisation },
            { label: t('audit.purpose'), cell: (a) => tEnum('purpose', a.purpose) },
            { label: t('audit.action'), cell: (a) => tEnum('action', a.action) },
            { label: t('audit.category'), cell: (a) => tEnum('category', a.category) },
            { label: t('accessReport.emergency'), cell: (a) => (a.emergency ? t('common.yes') : t('common.no')) },
          ],
          rows: report.accesses,
        }),
  );
}

class AccessReportPage extends ShellElement {
  #memberId = '';

  render() {
    const input = h('input', {
      name: 'member',
      autocomplete: 'off',
      spellcheck: 'false',
      required: true,
      value: this.#memberId,
    });
    const alert = alertRegion();
    const result = h('div', {});
    const load = async () => {
      clearProblem(alert);
      if (!UUID.test(this.#memberId)) {
        replace(alert, h('p', {}, t('accessReport.invalidId')));
        alert.classList.add('visible');
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      input.removeAttribute('aria-invalid');
      replace(result, loading());
      try {
        replace(result, reportView(await api(`/api/v1/members/${encodeURIComponent(this.#memberId)}/access-report`)));
      } catch (error) {
        result.replaceChildren();
        showProblem(alert, error);
      }
    };
    replace(
      this,
      h('p', { class: 'hint' }, t('accessReport.intro')),
      h(
        'form',
        {
          class: 'filters',
          novalidate: 'novalidate',
          onsubmit: (event) => {
            event.preventDefault();
            this.#memberId = input.value.trim();
            load();
          },
        },
        field(t('accessReport.memberId'), input, t('audit.idHint')),
        h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('accessReport.submit'))),
      ),
      alert,
      result,
    );
    if (this.#memberId) load();
  }
}

customElements.define('sp-access-report-page', AccessReportPage);
