// The Members tab: the family's members, and (for the centre's staff) the forms that add one,
// edit one, and record a change of whereabouts with its date.
import { api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, enumSelect, field, guardSubmit, localToIso, nowLocal } from '../lib/forms.js';
import { formatLanguages, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { dataTable } from '../lib/table.js';

/** The Element Timing name of the members' names. */
export const MEMBER_NAME_TIMING = 'sp-member-name';

export const ROLES = ['PARENT', 'GUARDIAN', 'SIBLING', 'CHILD_ABROAD', 'OTHER_RELATIVE'];
export const WHEREABOUTS = ['AT_HOME_NL', 'ABROAD_CONFLICT_ZONE', 'DETAINED', 'RETURNED', 'DECEASED', 'UNKNOWN'];

/** Language codes as typed: "ar, nl" or "ar nl". */
export function languageCodes(text) {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * The controls of a member, for a new one (with whereabouts) or an existing one; `prefix` is put
 * before the API's field names (`members[0].` in the intake form).
 */
export function memberControls(member = null, { withWhereabouts = true } = {}) {
  const role = enumSelect('memberRole', ROLES, {
    name: 'role',
    required: true,
    empty: t('member.chooseRole'),
    value: member?.role ?? '',
  });
  role.dataset.testid = 'member-role';
  const givenName = h('input', {
    name: 'givenName',
    required: true,
    maxlength: 100,
    autocomplete: 'off',
    value: member?.givenName ?? '',
    testid: 'member-given-name',
  });
  const birthYear = h('input', {
    name: 'birthYear',
    type: 'number',
    inputmode: 'numeric',
    min: 1900,
    max: 2100,
    required: true,
    value: member?.birthYear ?? '',
    testid: 'member-birth-year',
  });
  const languages = h('input', {
    name: 'languages',
    autocomplete: 'off',
    value: (member?.languages ?? []).join(', '),
    testid: 'member-languages',
  });
  const whereabouts = withWhereabouts
    ? enumSelect('whereabouts', WHEREABOUTS, { name: 'whereabouts', required: true, value: 'AT_HOME_NL' })
    : null;
  if (whereabouts) whereabouts.dataset.testid = 'member-whereabouts';
  const body = () => ({
    role: role.value || null,
    givenName: givenName.value.trim() || null,
    birthYear: birthYear.value === '' ? null : Number(birthYear.value),
    languages: languageCodes(languages.value),
    ...(whereabouts ? { whereabouts: whereabouts.value || null } : {}),
  });
  const fields = (prefix = '') => ({
    [`${prefix}role`]: role,
    [`${prefix}givenName`]: givenName,
    [`${prefix}birthYear`]: birthYear,
    [`${prefix}languages`]: languages,
    ...(whereabouts ? { [`${prefix}whereabouts`]: whereabouts } : {}),
  });
  const elements = [
    field(t('members.role'), role),
    field(t('members.givenName'), givenName, t('member.givenNameHint')),
    field(t('members.birthYear'), birthYear),
    field(t('members.languages'), languages, t('team.languagesHint')),
    whereabouts ? field(t('members.whereabouts'), whereabouts) : null,
  ];
  return { body, fields, elements, focus: () => role.focus() };
}

function memberForm(familyId, member, { close, done }) {
  let version = member?.version;
  const headingId = uid('member');
  const controls = memberControls(member, { withWhereabouts: !member });
  const alert = alertRegion();
  const form = h(
    'form',
    { 'aria-labelledby': headingId, novalidate: true, testid: 'member-form' },
    h('h3', { id: headingId }, member ? t('member.editHeading', { name: member.givenName }) : t('member.addHeading')),
    alert,
    controls.elements,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', testid: 'member-submit' }, member ? t('member.save') : t('member.add')),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: close }, t('common.cancel')),
    ),
  );
  guardSubmit(form, {
    alert,
    fields: controls.fields(),
    send: () =>
      member
        ? api(`/api/v1/members/${encodeURIComponent(member.id)}`, { method: 'PUT', version, body: controls.body() })
        : api(`/api/v1/families/${encodeURIComponent(familyId)}/members`, { method: 'POST', body: controls.body() }),
    done: (saved) => {
      announce(member ? t('member.savedAnnounce') : t('member.addedAnnounce'));
      done(saved);
    },
    reload: member
      ? async () => {
          const members = await api(`/api/v1/families/${encodeURIComponent(familyId)}/members`);
          version = members.find((m) => m.id === member.id)?.version ?? version;
        }
      : null,
  });
  return { form, focus: controls.focus };
}

function whereaboutsForm(familyId, member, { close, done }) {
  let version = member.version;
  const headingId = uid('whereabouts');
  const whereabouts = enumSelect(
    'whereabouts',
    WHEREABOUTS.filter((w) => w !== member.whereabouts),
    { name: 'whereabouts', required: true, empty: t('member.chooseWhereabouts') },
  );
  whereabouts.dataset.testid = 'whereabouts-to';
  const occurredAt = h('input', {
    type: 'datetime-local',
    name: 'occurredAt',
    required: true,
    value: nowLocal(),
    testid: 'whereabouts-at',
  });
  const alert = alertRegion();
  const form = h(
    'form',
    { 'aria-labelledby': headingId, novalidate: true, testid: 'whereabouts-form' },
    h(
      'h3',
      { id: headingId },
      t('member.whereaboutsHeading', { name: member.givenName, now: tEnum('whereabouts', member.whereabouts) }),
    ),
    alert,
    field(t('member.whereaboutsTo'), whereabouts),
    field(t('member.whereaboutsAt'), occurredAt),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', testid: 'whereabouts-submit' }, t('member.whereaboutsSubmit')),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: close }, t('common.cancel')),
    ),
  );
  guardSubmit(form, {
    alert,
    fields: { whereabouts, occurredAt },
    send: () =>
      api(`/api/v1/members/${encodeURIComponent(member.id)}/whereabouts`, {
        method: 'POST',
        version,
        body: { whereabouts: whereabouts.value || null, occurredAt: localToIso(occurredAt.value) ?? occurredAt.value },
      }),
    done: (saved) => {
      announce(
        t('member.whereaboutsAnnounce', {
          name: member.givenName,
          whereabouts: tEnum('whereabouts', saved.whereabouts),
        }),
      );
      done(saved);
    },
    reload: async () => {
      const members = await api(`/api/v1/families/${encodeURIComponent(familyId)}/members`);
      version = members.find((m) => m.id === member.id)?.version ?? version;
    },
  });
  return { form, focus: () => whereabouts.focus() };
}

/** The tab; `context` = { familyId, canChange, onChange } (onChange reloads the family page). */
export function membersTab(members, context = {}) {
  const slot = h('div', { class: 'member-form' });
  const open = (make) => {
    const { form, focus } = make({
      close: () => slot.replaceChildren(),
      done: () => (context.onChange ?? (() => {}))(),
    });
    replace(slot, form);
    focus();
  };
  const actions = context.canChange
    ? (m) => [
        h(
          'button',
          {
            type: 'button',
            class: 'small secondary',
            testid: 'member-edit',
            'aria-label': t('member.editNamed', { name: m.givenName }),
            onclick: () => open((handlers) => memberForm(context.familyId, m, handlers)),
          },
          t('member.edit'),
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'small secondary',
            testid: 'member-whereabouts',
            'aria-label': t('member.whereaboutsNamed', { name: m.givenName }),
            onclick: () => open((handlers) => whereaboutsForm(context.familyId, m, handlers)),
          },
          t('member.whereabouts'),
        ),
      ]
    : null;
  return h(
    'div',
    { class: 'stack' },
    members.length === 0
      ? h('p', { class: 'muted' }, t('member.none'))
      : dataTable({
          caption: t('members.caption'),
          columns: [
            // Element Timing: when the first names are on the screen (the family page waits for
            // it, and the UI benchmark reads it).
            {
              label: t('members.givenName'),
              header: true,
              cell: (m) => m.givenName,
              attrs: () => ({ elementtiming: MEMBER_NAME_TIMING }),
            },
            { label: t('members.role'), cell: (m) => tEnum('memberRole', m.role) },
            { label: t('members.birthYear'), cell: (m) => String(m.birthYear) },
            { label: t('members.whereabouts'), cell: (m) => tEnum('whereabouts', m.whereabouts) },
            { label: t('members.languages'), cell: (m) => formatLanguages(m.languages) },
            actions && { label: t('common.actions'), cell: actions },
          ].filter(Boolean),
          rows: members,
          rowAttrs: (m) => ({ testid: 'member-row', dataset: { memberId: m.id } }),
        }),
    context.canChange
      ? h(
          'div',
          {},
          h(
            'button',
            {
              type: 'button',
              testid: 'member-add',
              onclick: () => open((handlers) => memberForm(context.familyId, null, handlers)),
            },
            t('member.add'),
          ),
        )
      : null,
    slot,
  );
}
