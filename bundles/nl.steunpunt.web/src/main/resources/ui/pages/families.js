// Family search and list (nav page). Only the reference is searchable; filters as the API allows.
import { api, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { enumSelect, field } from '../lib/forms.js';
import { hasRole } from '../lib/extensions.js';
import { formatDate, t, tEnum } from '../lib/i18n.js';
import { municipalities, municipalityName } from '../lib/municipalities.js';
import { ShellElement, errorMessage, loading } from '../lib/page.js';
import { pager } from '../lib/pager.js';
import { dataTable } from '../lib/table.js';

const PHASES = ['CONTACT', 'SUPPORT', 'AFTERCARE', 'CLOSED'];
const WHEREABOUTS = ['AT_HOME_NL', 'ABROAD_CONFLICT_ZONE', 'RETURNED', 'DETAINED', 'DECEASED', 'UNKNOWN'];
const LIMIT = 25;

class FamiliesPage extends ShellElement {
  #filters = { q: '', municipality: '', phase: '', whereabouts: '' };
  #offset = 0;

  async render(signal) {
    const names = await municipalities();
    const results = h('div', { 'aria-live': 'polite' });
    const q = h('input', { name: 'q', type: 'search', maxlength: '11', value: this.#filters.q, autocomplete: 'off' });
    const municipality = h(
      'select',
      { name: 'municipality', value: this.#filters.municipality },
      h('option', { value: '' }, t('filter.any')),
      [...names.entries()]
        .sort((a, b) => a[1].localeCompare(b[1]))
        .map(([code, name]) => h('option', { value: code }, name)),
    );
    const phase = enumSelect('phase', PHASES, { name: 'phase', empty: t('filter.any'), value: this.#filters.phase });
    const whereabouts = enumSelect('whereabouts', WHEREABOUTS, {
      name: 'whereabouts',
      empty: t('filter.any'),
      value: this.#filters.whereabouts,
    });
    const onSubmit = (event) => {
      event.preventDefault();
      this.#filters = {
        q: q.value.trim(),
        municipality: municipality.value,
        phase: phase.value,
        whereabouts: whereabouts.value,
      };
      this.#offset = 0;
      this.#load(results, names);
    };
    replace(
      this,
      hasRole('counsellor', 'team-lead')
        ? h('p', {}, h('a', { href: '#/families/new', class: 'button', testid: 'intake-start' }, t('intake.start')))
        : null,
      h(
        'form',
        { class: 'filters', role: 'search', 'aria-label': t('families.searchLabel'), onsubmit: onSubmit },
        field(t('families.q'), q, t('families.qHint')),
        names.size ? field(t('family.municipality'), municipality) : null,
        field(t('family.phase'), phase),
        field(t('members.whereabouts'), whereabouts),
        h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('filter.search'))),
      ),
      results,
    );
    await this.#load(results, names, signal);
  }

  async #load(results, names, signal) {
    replace(results, loading());
    try {
      const page = await api(withQuery('/api/v1/families', { ...this.#filters, offset: this.#offset, limit: LIMIT }), {
        signal,
      });
      replace(
        results,
        page.items.length === 0
          ? h('p', { class: 'muted' }, t('families.none'))
          : dataTable({
              caption: t('families.caption', { total: page.total }),
              columns: [
                {
                  label: t('family.reference'),
                  header: true,
                  cell: (f) => h('a', { href: `#/families/${encodeURIComponent(f.id)}` }, f.reference),
                },
                { label: t('family.municipality'), cell: (f) => municipalityName(names, f.municipality) },
                { label: t('family.status'), cell: (f) => tEnum('familyStatus', f.status) },
                {
                  label: t('families.critical'),
                  cell: (f) =>
                    f.lastCriticalMoment
                      ? h(
                          'span',
                          { class: 'badge critical-badge' },
                          t('families.criticalOn', { date: formatDate(f.lastCriticalMoment) }),
                        )
                      : '',
                },
                { label: t('family.since'), cell: (f) => formatDate(f.createdAt) },
              ],
              rows: page.items,
              rowAttrs: (f) => ({ testid: 'family-row', dataset: { familyId: f.id } }),
            }),
        page.total > LIMIT
          ? pager({
              offset: page.offset,
              limit: LIMIT,
              total: page.total,
              count: page.items.length,
              onChange: (offset) => {
                this.#offset = offset;
                this.#load(results, names);
              },
            })
          : null,
      );
    } catch (error) {
      if (error?.name !== 'AbortError') replace(results, errorMessage(error));
    }
  }
}

customElements.define('sp-families-page', FamiliesPage);
