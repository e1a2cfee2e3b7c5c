// Referrals to a therapy provider on the Trajectory tab: the referrals with the consent each was
// made with, and (for counsellors and team leads) a form to refer a member. The server decides who
// may consent (under 16: the parents or guardians); its field errors show in the form's alert.
import { api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { hasRole } from '../lib/extensions.js';
import { alertRegion, clearProblem, field, showProblem } from '../lib/forms.js';
import { formatDate, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { dataTable } from '../lib/table.js';

const GUARDIANS = ['PARENT', 'GUARDIAN'];

function consentText(consent, names) {
  if (!consent) return t('referral.consentNotRecorded');
  const who =
    consent.by === 'PARENTS'
      ? `${tEnum('consentBy', 'PARENTS')} (${consent.parentIds.map((id) => names.get(id) ?? '—').join(', ')})`
      : tEnum('consentBy', 'MEMBER');
  return t('referral.consentSummary', {
    who,
    form: tEnum('consentForm', consent.form),
    date: formatDate(consent.givenOn),
  });
}

function radios(legend, name, values, type, onchange) {
  return h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, legend),
    values.map((value, index) => {
      const id = uid(name);
      return h(
        'div',
        { class: 'choice' },
        h('input', { type: 'radio', id, name, value, checked: index === 0, onchange }),
        h('label', { for: id }, tEnum(type, value)),
      );
    }),
  );
}

/** Today in the user's time zone, as an ISO date. */
function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function referralForm(trajectoryId, members, onChange) {
  const guardians = members.filter((m) => GUARDIANS.includes(m.role));
  const member = h(
    'select',
    { name: 'memberId', required: true },
    members.map((m) => h('option', { value: m.id }, `${m.givenName} (${tEnum('memberRole', m.role)}, ${m.birthYear})`)),
  );
  const organisation = h('input', {
    type: 'text',
    name: 'organisation',
    required: true,
    maxlength: '64',
    autocomplete: 'off',
  });
  const givenOn = h('input', { type: 'date', name: 'givenOn', required: true, max: today(), value: today() });
  const parents = h(
    'fieldset',
    { class: 'field', testid: 'referral-parents' },
    h('legend', {}, t('referral.parents')),
    guardians.length === 0
      ? h('p', { class: 'muted' }, t('referral.noGuardians'))
      : guardians.map((m) => {
          const id = uid('consent-parent');
          return h(
            'div',
            { class: 'choice' },
            h('input', { type: 'checkbox', id, name: 'parentIds', value: m.id }),
            h('label', { for: id }, `${m.givenName} (${tEnum('memberRole', m.role)})`),
          );
        }),
  );
  // The parents are asked for only when they consented; hidden controls are not submitted.
  const showParents = (by) => {
    parents.hidden = by !== 'PARENTS';
    parents.disabled = by !== 'PARENTS';
  };
  const by = radios(t('referral.consentBy'), 'by', ['PARENTS', 'MEMBER'], 'consentBy', (event) =>
    showParents(event.target.value),
  );
  showParents('PARENTS');
  const alert = alertRegion();
  const submit = h('button', { type: 'submit' }, t('referral.submit'));
  const invalid = (message, control) => {
    replace(alert, h('p', {}, message));
    alert.classList.add('visible');
    control?.focus();
  };
  const onSubmit = async (event) => {
    event.preventDefault();
    clearProblem(alert);
    const data = new FormData(event.currentTarget);
    const consentBy = data.get('by');
    const parentIds = consentBy === 'PARENTS' ? data.getAll('parentIds') : [];
    if (!String(data.get('organisation') ?? '').trim())
      return invalid(t('referral.organisationRequired'), organisation);
    if (!data.get('givenOn')) return invalid(t('referral.dateRequired'), givenOn);
    if (consentBy === 'PARENTS' && parentIds.length === 0) return invalid(t('referral.parentsRequired'));
    submit.disabled = true;
    try {
      await api(`/api/v1/trajectories/${encodeURIComponent(trajectoryId)}/referrals`, {
        method: 'POST',
        body: {
          memberId: data.get('memberId'),
          organisation: String(data.get('organisation')).trim(),
          consent: { by: consentBy, parentIds, givenOn: data.get('givenOn'), form: data.get('form') },
        },
      });
      announce(t('referral.saved'));
      onChange();
    } catch (error) {
      showProblem(alert, error);
      submit.disabled = false;
    }
  };
  const headingId = uid('referral');
  return h(
    'form',
    {
      class: 'card stack',
      novalidate: 'novalidate',
      'aria-labelledby': headingId,
      onsubmit: onSubmit,
      testid: 'referral-form',
    },
    h('h3', { id: headingId }, t('referral.new')),
    field(t('referral.member'), member),
    field(t('referral.organisation'), organisation, t('referral.organisationHint')),
    h(
      'fieldset',
      { class: 'field' },
      h('legend', {}, t('referral.consent')),
      h('p', { class: 'hint' }, t('referral.consentHelp')),
      by,
      parents,
      field(t('referral.givenOn'), givenOn),
      radios(t('referral.form'), 'form', ['WRITTEN', 'ORAL'], 'consentForm'),
    ),
    alert,
    h('div', { class: 'button-row' }, submit),
  );
}

/** The referrals section; `members` may be null when the user may not list them. */
export function referralsSection(trajectoryId, referrals, members, onChange) {
  const names = new Map((members ?? []).map((m) => [m.id, m.givenName]));
  const canRefer = hasRole('counsellor', 'team-lead') && (members ?? []).length > 0;
  const headingId = uid('referrals');
  return h(
    'section',
    { class: 'stack', 'aria-labelledby': headingId, testid: 'referrals' },
    h('h2', { id: headingId }, t('referral.heading')),
    referrals.length === 0
      ? h('p', { class: 'muted' }, t('referral.empty'))
      : dataTable({
          caption: t('referral.caption'),
          captionHidden: true,
          columns: [
            { label: t('referral.member'), header: true, cell: (r) => names.get(r.memberId) ?? '—' },
            { label: t('referral.organisation'), cell: (r) => r.organisation },
            { label: t('referral.openedAt'), cell: (r) => formatDate(r.openedAt) },
            { label: t('referral.consent'), cell: (r) => consentText(r.consent, names) },
            {
              label: t('referral.state'),
              cell: (r) => (r.closedAt ? t('referral.endedOn', { date: formatDate(r.closedAt) }) : t('referral.open')),
            },
          ],
          rows: referrals,
          rowAttrs: () => ({ testid: 'referral-row' }),
        }),
    canRefer ? referralForm(trajectoryId, members, onChange) : null,
  );
}
