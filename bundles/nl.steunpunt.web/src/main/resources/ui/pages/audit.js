// The audit log (nav page, privacy officer): search by user, family, member and period, and the
// verification of the hash chain.
import { api, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { alertRegion, field, localToIso, showProblem } from '../lib/forms.js';
import { formatDateTime, formatNumber, t, tEnum } from '../lib/i18n.js';
import { ShellElement, errorMessage, loading } from '../lib/page.js';
import { pager } from '../lib/pager.js';
import { dataTable } from '../lib/table.js';

const LIMIT = 50;
const FILTERS = ['user', 'family', 'member', 'from', 'to'];

class AuditPage extends ShellElement {
  #filters = { user: '', family: '', member: '', from: '', to: '' };
  #offset = 0;

  async render(signal) {
    const inputs = {
      user: h('input', { name: 'user', autocomplete: 'off', value: this.#filters.user }),
      family: h('input', { name: 'family', autocomplete: 'off', value: this.#filters.family, spellcheck: 'false' }),
      member: h('input', { name: 'member', autocomplete: 'off', value: this.#filters.member, spellcheck: 'false' }),
      from: h('input', { name: 'from', type: 'datetime-local', value: this.#filters.from }),
      to: h('input', { name: 'to', type: 'datetime-local', value: this.#filters.to }),
    };
    const results = h('div', {});
    const alert = alertRegion();
    const verification = h('div', { 'aria-live': 'polite' });
    const onSubmit = (event) => {
      event.preventDefault();
      this.#filters = Object.fromEntries(FILTERS.map((name) => [name, inputs[name].value.trim()]));
      this.#offset = 0;
      this.#load(results, alert);
    };
    replace(
      this,
      h(
        'section',
        { class: 'card stack', 'aria-labelledby': 'audit-verify' },
        h('h2', { id: 'audit-verify' }, t('audit.verifyHeading')),
        h('p', { class: 'hint' }, t('audit.verifyHelp')),
        h(
          'div',
          { class: 'button-row' },
          h(
            'button',
            { type: 'button', class: 'secondary', testid: 'audit-verify', onclick: () => this.#verify(verification) },
            t('audit.verify'),
          ),
        ),
        verification,
      ),
      h(
        'form',
        { class: 'filters', role: 'search', 'aria-label': t('audit.searchLabel'), onsubmit: onSubmit },
        field(t('audit.user'), inputs.user),
        field(t('audit.family'), inputs.family, t('audit.idHint')),
        field(t('audit.member'), inputs.member, t('audit.idHint')),
        field(t('audit.from'), inputs.from),
        field(t('audit.to'), inputs.to),
        h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('filter.search'))),
      ),
      alert,
      results,
    );
    await this.#load(results, alert, signal);
  }

  async #verify(target) {
    replace(target, loading());
    try {
      const result = await api('/api/v1/audit/verification');
      replace(
        target,
        result.intact
          ? h(
              'p',
              { class: 'notice ok-notice', testid: 'audit-verification' },
              t('audit.intact', { checked: formatNumber(result.checked) }),
            )
          : h(
              'p',
              { class: 'notice critical', testid: 'audit-verification' },
              t('audit.broken', {
                checked: formatNumber(result.checked),
                first: result.firstBroken ?? '—',
                problem: result.problem ?? '',
              }),
            ),
      );
    } catch (error) {
      replace(target, errorMessage(error));
    }
  }

  async #load(results, alert, signal) {
    replace(results, loading());
    const query = {
      ...this.#filters,
      from: localToIso(this.#filters.from),
      to: localToIso(this.#filters.to),
      offset: this.#offset,
      limit: LIMIT,
    };
    let page;
    try {
      page = await api(withQuery('/api/v1/audit', query), { signal });
    } catch (error) {
      if (error?.name === 'AbortError') return;
      results.replaceChildren();
      showProblem(alert, error);
      return;
    }
    alert.replaceChildren();
    alert.classList.remove('visible');
    replace(
      results,
      page.items.length === 0
        ? h('p', { class: 'muted' }, t('audit.none'))
        : dataTable({
            caption: t('audit.caption', { total: formatNumber(page.total) }),
            columns: [
              { label: t('audit.sequence'), header: true, cell: (e) => String(e.sequence) },
              { label: t('audit.at'), cell: (e) => formatDateTime(e.at) },
              { label: t('audit.user'), cell: (e) => `${e.user} (${e.organisation})` },
              { label: t('audit.action'), cell: (e) => tEnum('action', e.action) },
              {
                label: t('audit.object'),
                cell: (e) => [e.objectType, e.objectId ? h('span', { class: 'id' }, ` ${e.objectId}`) : null],
              },
              { label: t('audit.category'), cell: (e) => tEnum('category', e.category) },
              {
                label: t('audit.outcome'),
                cell: (e) =>
                  h('span', { class: e.outcome === 'DENIED' ? 'badge warn' : 'badge ok' }, tEnum('outcome', e.outcome)),
              },
              {
                label: t('audit.purpose'),
                cell: (e) => [
                  tEnum('purpose', e.purpose),
                  e.breakGlass ? h('span', { class: 'badge warn' }, ` ${t('audit.breakGlass')}`) : null,
                ],
              },
              { label: t('audit.channel'), cell: (e) => e.channel },
              { label: t('audit.detail'), cell: (e) => e.detail ?? '' },
            ],
            rows: page.items,
            rowAttrs: () => ({ testid: 'audit-row' }),
          }),
      page.total > LIMIT
        ? pager({
            offset: page.offset,
            limit: LIMIT,
            total: page.total,
            count: page.items.length,
            onChange: (offset) => {
              this.#offset = offset;
              this.#load(results, alert);
            },
          })
        : null,
    );
  }
}

customElements.define('sp-audit-page', AuditPage);
