// Break-glass reviews (nav page, privacy officer): every emergency access, judged once.
import { api, withQuery } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, clearProblem, field, showProblem } from '../lib/forms.js';
import { formatDateTime, t } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { pager } from '../lib/pager.js';
import { announce } from '../lib/status.js';

const LIMIT = 20;

function fact(label, value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

class BreakGlassPage extends ShellElement {
  #unreviewed = true;
  #offset = 0;

  async render(signal) {
    const toggleId = uid('unreviewed');
    const toggle = h('input', {
      type: 'checkbox',
      id: toggleId,
      checked: this.#unreviewed,
      onchange: (event) => {
        this.#unreviewed = event.currentTarget.checked;
        this.#offset = 0;
        this.refresh();
      },
    });
    const list = h('div', { class: 'stack' }, loading());
    replace(
      this,
      h('div', { class: 'choice' }, toggle, h('label', { for: toggleId }, t('breakGlassReview.onlyUnreviewed'))),
      list,
    );
    const page = await api(
      withQuery('/api/v1/break-glass', { unreviewed: this.#unreviewed, offset: this.#offset, limit: LIMIT }),
      { signal },
    );
    replace(
      list,
      h('p', { class: 'muted' }, t('breakGlassReview.count', { total: page.total })),
      page.items.map((use) => this.#card(use)),
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

  #card(use) {
    const headingId = uid('use');
    return h(
      'article',
      {
        class: 'card stack',
        'aria-labelledby': headingId,
        testid: 'break-glass-row',
        dataset: { breakGlassId: use.id },
      },
      h('h2', { id: headingId }, t('breakGlassReview.heading', { user: use.user, date: formatDateTime(use.openedAt) })),
      h(
        'dl',
        { class: 'facts' },
        fact(t('breakGlassReview.user'), `${use.user} (${use.organisation})`),
        fact(t('breakGlassReview.family'), h('span', { class: 'id' }, use.familyId)),
        fact(t('breakGlass.reason'), use.reason),
        fact(t('breakGlassReview.openedAt'), formatDateTime(use.openedAt)),
        fact(t('breakGlassReview.expiresAt'), formatDateTime(use.expiresAt)),
      ),
      use.review
        ? h(
            'p',
            { class: use.review.justified ? 'notice ok-notice' : 'notice warning-notice' },
            t(use.review.justified ? 'breakGlassReview.justified' : 'breakGlassReview.unjustified', {
              by: use.review.reviewedBy,
              date: formatDateTime(use.review.reviewedAt),
              remark: use.review.remark || '—',
            }),
          )
        : this.#reviewForm(use),
    );
  }

  #reviewForm(use) {
    const yes = uid('justified');
    const no = uid('unjustified');
    const remark = h('textarea', { name: 'remark', rows: '2', maxlength: '500' });
    const alert = alertRegion();
    const onSubmit = async (event) => {
      event.preventDefault();
      clearProblem(alert);
      const justified = new FormData(event.currentTarget).get('justified') === 'true';
      try {
        await api(`/api/v1/break-glass/${encodeURIComponent(use.id)}/review`, {
          method: 'POST',
          body: { justified, remark: remark.value.trim() },
        });
        announce(t('breakGlassReview.saved'));
        this.refresh();
      } catch (error) {
        showProblem(alert, error);
      }
    };
    return h(
      'form',
      { class: 'stack', onsubmit: onSubmit },
      h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, t('breakGlassReview.question')),
        h(
          'div',
          { class: 'choice' },
          h('input', { type: 'radio', name: 'justified', value: 'true', id: yes, checked: true }),
          h('label', { for: yes }, t('breakGlassReview.yes')),
        ),
        h(
          'div',
          { class: 'choice' },
          h('input', { type: 'radio', name: 'justified', value: 'false', id: no }),
          h('label', { for: no }, t('breakGlassReview.no')),
        ),
      ),
      field(t('breakGlassReview.remark'), remark),
      alert,
      h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('breakGlassReview.submit'))),
    );
  }
}

customElements.define('sp-break-glass-page', BreakGlassPage);
