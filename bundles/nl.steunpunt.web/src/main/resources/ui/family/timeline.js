// The Timeline tab: the trajectory's events, page by page.
import { api, withQuery } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { showProblem, alertRegion } from '../lib/forms.js';
import { formatDateTime, t, tEnum } from '../lib/i18n.js';
import { pager } from '../lib/pager.js';
import { dataTable } from '../lib/table.js';

export const EVENTS_PAGE = 50;

function detail(event) {
  if (event.type === 'PHASE_CHANGE') {
    return [tEnum('phase', event.from), ' → ', tEnum('phase', event.to), event.reason ? ` (${event.reason})` : ''];
  }
  if (event.type === 'WHEREABOUTS_CHANGE') return [tEnum('whereabouts', event.from), ' → ', tEnum('whereabouts', event.to)];
  if (event.corrects !== null && event.corrects !== undefined) return t('timeline.corrects', { sequence: event.corrects });
  return '';
}

export function timelineTab(trajectoryId, firstPage, memberNames) {
  const root = h('div', { class: 'stack' });
  const alert = alertRegion();
  const show = (page) => {
    replace(root, alert,
      page.items.length === 0 ? h('p', { class: 'muted' }, t('timeline.empty')) : dataTable({
        caption: t('timeline.caption'),
        captionHidden: true,
        columns: [
          { label: t('timeline.occurredAt'), header: true, cell: (e) => formatDateTime(e.occurredAt) },
          { label: t('timeline.type'), cell: (e) => tEnum('eventType', e.type) },
          { label: t('timeline.member'), cell: (e) => (e.memberId ? memberNames.get(e.memberId) ?? t('timeline.otherMember') : '—') },
          { label: t('timeline.detail'), cell: detail },
          { label: t('timeline.recordedBy'), cell: (e) => e.recordedBy },
        ],
        rows: page.items,
        rowAttrs: () => ({ testid: 'event-row' }),
      }),
      page.total > page.limit ? pager({ offset: page.offset, limit: page.limit, total: page.total, count: page.items.length,
        onChange: (offset) => load(offset) }) : null);
  };
  const load = async (offset) => {
    try {
      show(await api(withQuery(`/api/v1/trajectories/${encodeURIComponent(trajectoryId)}/events`, { offset, limit: EVENTS_PAGE })));
    } catch (error) {
      showProblem(alert, error);
    }
  };
  show(firstPage);
  return root;
}

