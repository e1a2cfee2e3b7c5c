// The Timeline tab: the trajectory's events, page by page, and the form that records one (with
// what the rules did after it: a draft report, tasks, a critical moment).
import { api, optional, withQuery } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { showProblem, alertRegion, field, guardSubmit, localToIso, nowLocal } from '../lib/forms.js';
import { formatDateTime, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { pager } from '../lib/pager.js';
import { dataTable } from '../lib/table.js';

export const EVENTS_PAGE = 50;

function detail(event) {
  if (event.type === 'PHASE_CHANGE') {
    return [tEnum('phase', event.from), ' → ', tEnum('phase', event.to), event.reason ? ` (${event.reason})` : ''];
  }
  if (event.type === 'WHEREABOUTS_CHANGE')
    return [tEnum('whereabouts', event.from), ' → ', tEnum('whereabouts', event.to)];
  if (event.corrects !== null && event.corrects !== undefined)
    return t('timeline.corrects', { sequence: event.corrects });
  return '';
}

/** The event types recorded here; phase and whereabouts changes are made where they belong. */
export const RECORDABLE = [
  'DEPARTURE_RISK',
  'DEPARTURE',
  'RETURN_EXPECTED',
  'RETURN',
  'DETENTION',
  'PROSECUTION',
  'DEATH_ABROAD',
  'CONTACT_FROM_ABROAD',
  'SIBLING_CONCERN',
  'SESSION_HELD',
];

/** What the rules did after an event, per trajectory, shown once by the next rendering of the tab. */
const outcomes = new Map();

/** What a recorded event may set off, read before and after it: reports, open tasks, the banner. */
async function consequences(trajectoryId, familyId) {
  const tid = encodeURIComponent(trajectoryId);
  const [reports, tasks, family] = await Promise.all([
    optional(`/api/v1/trajectories/${tid}/reports`).catch(() => null),
    optional(withQuery('/api/v1/tasks', { limit: 200 })).catch(() => null),
    optional(`/api/v1/families/${encodeURIComponent(familyId)}`).catch(() => null),
  ]);
  return {
    reports: reports ?? [],
    tasks: (tasks?.items ?? []).filter((task) => task.trajectoryId === trajectoryId),
    critical: family?.lastCriticalMoment ?? null,
  };
}

function outcomeNotice(outcome) {
  const items = [
    ...outcome.reports.map((r) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: `#/reports/${encodeURIComponent(r.id)}`, testid: 'outcome-report' },
          t('event.outcomeReport', { reason: tEnum('reportReason', r.reason), state: tEnum('reportState', r.state) }),
        ),
      ),
    ),
    ...outcome.tasks.map((task) => h('li', { testid: 'outcome-task' }, t('event.outcomeTask', { title: task.title }))),
    outcome.critical ? h('li', { testid: 'outcome-critical' }, t('event.outcomeCritical')) : null,
  ].filter(Boolean);
  return h(
    'div',
    { class: 'notice', role: 'status', testid: 'event-outcome' },
    h('p', {}, h('strong', {}, t('event.recorded'))),
    items.length ? [h('p', {}, t('event.outcomeIntro')), h('ul', {}, items)] : h('p', {}, t('event.outcomeNone')),
  );
}

/** The form that records an event; `done(outcome)` after it was recorded. */
function eventForm(trajectoryId, familyId, { events, members, close, done }) {
  const headingId = uid('event');
  const type = h(
    'select',
    { name: 'type', required: true, testid: 'event-type' },
    h('option', { value: '' }, t('event.chooseType')),
    RECORDABLE.map((value) => h('option', { value }, tEnum('eventType', value))),
  );
  const member = h(
    'select',
    { name: 'memberId', testid: 'event-member' },
    h('option', { value: '' }, t('event.noMember')),
    members.map((m) => h('option', { value: m.id }, m.givenName)),
  );
  const occurredAt = h('input', {
    type: 'datetime-local',
    name: 'occurredAt',
    required: true,
    value: nowLocal(),
    testid: 'event-occurred-at',
  });
  const corrects = h(
    'select',
    { name: 'corrects', testid: 'event-corrects' },
    h('option', { value: '' }, t('event.correctsNone')),
    events
      .filter((e) => RECORDABLE.includes(e.type))
      .map((e) =>
        h(
          'option',
          { value: String(e.sequence) },
          t('event.correctsOption', {
            sequence: e.sequence,
            type: tEnum('eventType', e.type),
            when: formatDateTime(e.occurredAt),
          }),
        ),
      ),
  );
  const alert = alertRegion();
  const form = h(
    'form',
    { 'aria-labelledby': headingId, novalidate: true, testid: 'event-form' },
    h('h3', { id: headingId }, t('event.heading')),
    alert,
    field(t('event.type'), type),
    field(t('event.member'), member, t('event.memberHint')),
    field(t('event.occurredAt'), occurredAt),
    field(t('event.corrects'), corrects, t('event.correctsHint')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', testid: 'event-submit' }, t('event.submit')),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: close }, t('common.cancel')),
    ),
  );
  let before = null;
  guardSubmit(form, {
    alert,
    fields: { type, memberId: member, occurredAt, corrects },
    send: async () => {
      before = await consequences(trajectoryId, familyId);
      return api(`/api/v1/trajectories/${encodeURIComponent(trajectoryId)}/events`, {
        method: 'POST',
        body: {
          type: type.value || null,
          memberId: member.value || null,
          // An unreadable date is sent as typed, so that the API names the field.
          occurredAt: localToIso(occurredAt.value) ?? occurredAt.value,
          corrects: corrects.value ? Number(corrects.value) : null,
        },
      });
    },
    done: async () => {
      const after = await consequences(trajectoryId, familyId).catch(() => null);
      const known = (list) => new Set(list.map((x) => x.id));
      const outcome = after
        ? {
            reports: after.reports.filter((r) => !known(before.reports).has(r.id)),
            tasks: after.tasks.filter((task) => !known(before.tasks).has(task.id)),
            critical: after.critical && after.critical !== before.critical,
          }
        : { reports: [], tasks: [], critical: false };
      announce(t('event.recorded'));
      done(outcome);
    },
  });
  return form;
}

/**
 * The tab. `context` = { familyId, members, canRecord, onChange } (onChange reloads the family
 * page, whose header and tabs the rules may have changed).
 */
export function timelineTab(trajectoryId, firstPage, memberNames, context = {}) {
  const root = h('div', { class: 'stack' });
  const alert = alertRegion();
  const formSlot = h('div', { class: 'event-form' });
  const outcome = outcomes.get(trajectoryId);
  outcomes.delete(trajectoryId);
  const openForm = () => {
    replace(
      formSlot,
      eventForm(trajectoryId, context.familyId, {
        events: firstPage.items,
        members: context.members ?? [],
        close: () => formSlot.replaceChildren(),
        done: (result) => {
          outcomes.set(trajectoryId, result);
          formSlot.replaceChildren();
          (context.onChange ?? (() => load(0)))();
        },
      }),
    );
    formSlot.querySelector('select')?.focus();
  };
  const recordButton = context.canRecord
    ? h('button', { type: 'button', testid: 'record-event', onclick: openForm }, t('event.record'))
    : null;
  const show = (page) => {
    replace(
      root,
      outcome ? outcomeNotice(outcome) : null,
      recordButton,
      formSlot,
      alert,
      page.items.length === 0
        ? h('p', { class: 'muted' }, t('timeline.empty'))
        : dataTable({
            caption: t('timeline.caption'),
            captionHidden: true,
            columns: [
              { label: t('timeline.occurredAt'), header: true, cell: (e) => formatDateTime(e.occurredAt) },
              { label: t('timeline.type'), cell: (e) => tEnum('eventType', e.type) },
              {
                label: t('timeline.member'),
                cell: (e) => (e.memberId ? (memberNames.get(e.memberId) ?? t('timeline.otherMember')) : '—'),
              },
              { label: t('timeline.detail'), cell: detail },
              { label: t('timeline.recordedBy'), cell: (e) => e.recordedBy },
            ],
            rows: page.items,
            rowAttrs: () => ({ testid: 'event-row' }),
          }),
      page.total > page.limit
        ? pager({
            offset: page.offset,
            limit: page.limit,
            total: page.total,
            count: page.items.length,
            onChange: (offset) => load(offset),
          })
        : null,
    );
  };
  const load = async (offset) => {
    try {
      show(
        await api(
          withQuery(`/api/v1/trajectories/${encodeURIComponent(trajectoryId)}/events`, { offset, limit: EVENTS_PAGE }),
        ),
      );
    } catch (error) {
      showProblem(alert, error);
    }
  };
  show(firstPage);
  return root;
}
