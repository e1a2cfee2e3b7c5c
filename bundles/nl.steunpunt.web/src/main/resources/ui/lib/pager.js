// Paging controls for the API's offset/limit pages.
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';

export function pager({ offset, limit, total, count, onChange }) {
  const first = total === 0 ? 0 : offset + 1;
  const last = offset + count;
  return h(
    'nav',
    { class: 'pager', 'aria-label': t('pager.label') },
    h('p', {}, t('pager.range', { first: formatNumber(first), last: formatNumber(last), total: formatNumber(total) })),
    h(
      'div',
      { class: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          disabled: offset === 0,
          onclick: () => onChange(Math.max(0, offset - limit)),
        },
        t('pager.previous'),
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', disabled: last >= total, onclick: () => onChange(offset + limit) },
        t('pager.next'),
      ),
    ),
  );
}
