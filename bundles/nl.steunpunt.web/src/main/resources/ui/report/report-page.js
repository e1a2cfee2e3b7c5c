// The report view (#/reports/<id>): where the report stands, what was recorded and disclosed,
// the next steps for this user, and the report-actions extensions.
import { api, optional } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { extensionsFor, titleOf } from '../lib/extensions.js';
import { formatDate, formatDateTime, t, tEnum } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { slotMounter } from '../lib/slot.js';
import { reportActions } from './actions.js';

const STEPS = ['DRAFT', 'CONSULTED', 'REPORTED', 'ACKNOWLEDGED', 'CLOSED'];

function item(label, value) {
  return value === null || value === undefined || value === ''
    ? null
    : h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

function progress(state) {
  const reached = STEPS.indexOf(state);
  return h(
    'ol',
    { class: 'steps', 'aria-label': t('report.progress') },
    STEPS.map((step, index) =>
      h(
        'li',
        {
          class: index < reached ? 'done' : index === reached ? 'current' : null,
          'aria-current': index === reached ? 'step' : null,
        },
        tEnum('reportState', step),
      ),
    ),
  );
}

class ReportPage extends ShellElement {
  reportId = null;
  #mount = null;
  #focusHeading = false;
  #extensions = h('div', { class: 'stack' });

  extensionsChanged() {
    this.#renderExtensions();
  }

  async render(signal) {
    replace(this, loading());
    const report = await api(`/api/v1/reports/${encodeURIComponent(this.reportId)}`, { signal });
    const trajectory = await optional(`/api/v1/trajectories/${encodeURIComponent(report.trajectoryId)}`, { signal });
    const familyId = trajectory?.familyId ?? null;
    const [family, members, bases] = await Promise.all([
      familyId ? optional(`/api/v1/families/${encodeURIComponent(familyId)}`, { signal }) : null,
      familyId ? optional(`/api/v1/families/${encodeURIComponent(familyId)}/members`, { signal }) : null,
      optional('/api/v1/reports/legal-bases', { signal }),
    ]);
    const names = new Map((members ?? []).map((m) => [m.id, m.givenName]));
    const consultation = report.consultation;
    const disclosure = report.disclosure;
    this.#mount = this.#mount ?? slotMounter({ familyId, reportId: report.id });
    const actions = reportActions(report, {
      members: members ?? [],
      bases: bases ?? [],
      onDone: () => this.#afterAction(),
    });
    replace(
      this,
      h('h1', { tabindex: '-1' }, t('report.heading', { reason: tEnum('reportReason', report.reason) })),
      family
        ? h(
            'p',
            {},
            h(
              'a',
              { href: `#/families/${encodeURIComponent(family.id)}/reports` },
              t('report.backToFamily', { reference: family.reference }),
            ),
          )
        : null,
      report.state === 'WITHDRAWN'
        ? h('p', { class: 'notice' }, t('report.withdrawn', { reason: report.withdrawal ?? '' }))
        : progress(report.state),
      report.overridden ? h('p', { class: 'notice warning-notice' }, t('report.overridden')) : null,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'report-facts' },
        h('h2', { id: 'report-facts' }, t('report.facts')),
        h(
          'dl',
          { class: 'facts' },
          item(t('reports.state'), tEnum('reportState', report.state)),
          item(t('reports.member'), names.get(report.memberId) ?? null),
          item(t('reports.createdAt'), formatDateTime(report.createdAt)),
          consultation && item(t('action.consultedAt'), formatDateTime(consultation.consultedAt)),
          consultation &&
            item(t('action.consulted'), consultation.consulted.map((id) => names.get(id) ?? '—').join(', ')),
          consultation && item(t('action.reporter'), tEnum('reporter', consultation.reporter)),
          consultation && item(t('action.recipient'), tEnum('recipient', consultation.recipient)),
          disclosure && item(t('report.reportedAt'), formatDateTime(disclosure.reportedAt)),
          disclosure && item(t('action.legalBasis'), disclosure.legalBasis),
          disclosure?.override && item(t('report.overrideReason'), disclosure.override),
          item(t('report.acknowledgedAt'), formatDateTime(report.acknowledgedAt)),
        ),
      ),
      disclosure?.dataSet
        ? h(
            'section',
            { class: 'card', 'aria-labelledby': 'report-dataset' },
            h('h2', { id: 'report-dataset' }, t('report.dataSet')),
            h(
              'dl',
              { class: 'facts' },
              item(t('dataSet.familyReference'), disclosure.dataSet.familyReference),
              item(t('dataSet.givenName'), disclosure.dataSet.givenName),
              item(t('dataSet.birthYear'), String(disclosure.dataSet.birthYear)),
              item(t('dataSet.reason'), tEnum('reportReason', disclosure.dataSet.reason)),
              item(t('dataSet.date'), formatDate(disclosure.dataSet.date)),
              item(t('dataSet.centreContact'), disclosure.dataSet.centreContact),
            ),
          )
        : null,
      actions.length
        ? h(
            'section',
            { 'aria-labelledby': 'report-next', class: 'stack' },
            h('h2', { id: 'report-next' }, t('report.nextSteps')),
            actions,
          )
        : null,
      this.#extensions,
    );
    this.#renderExtensions();
    if (this.#focusHeading) this.querySelector('h1').focus();
    this.#focusHeading = false;
  }

  /** After a step the page is rebuilt; focus goes back to its heading rather than to nowhere. */
  #afterAction() {
    this.#focusHeading = true;
    this.refresh();
  }

  #renderExtensions() {
    if (!this.#mount) return;
    const mounted = this.#mount(extensionsFor('report-actions'));
    replace(
      this.#extensions,
      mounted.map(({ item: ext, container }) => h('section', { class: 'card' }, h('h2', {}, titleOf(ext)), container)),
    );
  }
}

customElements.define('sp-report-page', ReportPage);
