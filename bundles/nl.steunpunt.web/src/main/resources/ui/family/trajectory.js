// The Trajectory tab: phase (and the form that changes it), partners and the team, with the
// language match against the family, and the referrals to therapy (when the user may read them).
import { api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, field, guardSubmit, showProblem } from '../lib/forms.js';
import { formatDate, formatLanguages, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { languageCodes } from './members.js';
import { dataTable } from '../lib/table.js';
import { referralsSection } from './referrals.js';

function shared(languages, familyLanguages) {
  return (languages ?? []).filter((code) => familyLanguages.includes(code));
}

function match(languages, familyLanguages) {
  const common = shared(languages, familyLanguages);
  return common.length
    ? h('span', { class: 'badge ok' }, t('team.speaks', { languages: formatLanguages(common) }))
    : h('span', { class: 'badge warn' }, t('team.noSharedLanguage'));
}

/** The moves the API allows (nl.steunpunt.api.trajectory.Phase#next), in the order shown. */
export const NEXT_PHASES = {
  CONTACT: ['SUPPORT', 'CLOSED'],
  SUPPORT: ['AFTERCARE', 'CLOSED'],
  AFTERCARE: ['SUPPORT', 'CLOSED'],
  CLOSED: ['CONTACT', 'SUPPORT'],
};

/** The partner id of the family's municipality: GM and its four digits. */
function municipalityPartner(family) {
  return `GM${family.municipality}`;
}

/**
 * Moves the trajectory to one of the phases the API allows from here. Support needs the family's
 * municipality involved: the form offers to involve it in the same step. Reopening a closed
 * trajectory needs a reason.
 */
function phaseForm(trajectory, family, { close, done }) {
  let version = trajectory.version;
  let partners = trajectory.partners ?? [];
  const headingId = uid('phase');
  const name = uid('phase-choice');
  const choices = NEXT_PHASES[trajectory.phase] ?? [];
  const radios = choices.map((phase) =>
    h('input', { type: 'radio', name, value: phase, id: uid('phase'), testid: `phase-${phase}` }),
  );
  const group = h(
    'fieldset',
    { class: 'field', role: 'radiogroup', id: uid('phase-group'), tabindex: '-1', testid: 'phase-choices' },
    h('legend', {}, t('phase.to', { phase: tEnum('phase', trajectory.phase) })),
    radios.map((radio) =>
      h('div', { class: 'choice' }, radio, h('label', { for: radio.id }, tEnum('phase', radio.value))),
    ),
  );
  const gm = municipalityPartner(family);
  const involve = h('input', {
    type: 'checkbox',
    id: uid('involve'),
    checked: true,
    testid: 'phase-involve-municipality',
  });
  const involveField = h(
    'div',
    { class: 'choice', hidden: true },
    involve,
    h('label', { for: involve.id }, t('phase.involveMunicipality', { partner: gm })),
  );
  const reason = h('textarea', { name: 'reason', rows: 3, maxlength: 500, testid: 'phase-reason' });
  const alert = alertRegion();
  const chosen = () => radios.find((radio) => radio.checked)?.value ?? null;
  const update = () => {
    involveField.hidden = !(chosen() === 'SUPPORT' && !partners.includes(gm));
  };
  radios.forEach((radio) => radio.addEventListener('change', update));
  const form = h(
    'form',
    { 'aria-labelledby': headingId, novalidate: true, testid: 'phase-form' },
    h('h3', { id: headingId }, t('phase.heading')),
    alert,
    group,
    involveField,
    field(trajectory.phase === 'CLOSED' ? t('phase.reasonRequired') : t('phase.reason'), reason, t('phase.reasonHint')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', testid: 'phase-submit' }, t('phase.submit')),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: close }, t('common.cancel')),
    ),
  );
  const path = `/api/v1/trajectories/${encodeURIComponent(trajectory.id)}`;
  guardSubmit(form, {
    alert,
    fields: { phase: group, reason },
    send: async () => {
      const phase = chosen();
      if (phase === 'SUPPORT' && !partners.includes(gm) && involve.checked) {
        const involved = await api(`${path}/partners`, {
          method: 'PUT',
          version,
          body: { partners: [...partners, gm] },
        });
        version = involved.version;
        partners = involved.partners ?? partners;
      }
      return api(`${path}/phase`, { method: 'POST', version, body: { phase, reason: reason.value.trim() || null } });
    },
    done: (changed) => {
      announce(t('phase.changedAnnounce', { phase: tEnum('phase', changed.phase) }));
      done(changed);
    },
    reload: async () => {
      const now = await api(path);
      version = now.version;
      partners = now.partners ?? [];
      update();
    },
  });
  return form;
}

const EXPERTISE = ['COUNSELLOR', 'RADICALISATION_EXPERT', 'FAMILY_THERAPIST', 'PSYCHIATRIST'];

/**
 * Changes to the team: each sends the whole new team (PUT …/team with the trajectory's version)
 * and then reloads the page.
 */
function teamEditor(trajectory, members, onChange) {
  let version = trajectory.version;
  const path = `/api/v1/trajectories/${encodeURIComponent(trajectory.id)}/team`;
  const alert = alertRegion();
  const put = (team) => api(path, { method: 'PUT', version, body: { team } });
  const asJson = (m) => ({ user: m.user, expertise: m.expertise, languages: m.languages ?? [] });
  const change = async (button, team, message) => {
    if (button.disabled) return;
    button.disabled = true;
    alert.replaceChildren();
    alert.classList.remove('visible');
    try {
      const changed = await put(team);
      version = changed?.version ?? version;
      announce(message);
      onChange();
    } catch (error) {
      showProblem(alert, error);
      button.disabled = false;
    }
  };
  const remove = (member, button) =>
    change(button, members.filter((m) => m !== member).map(asJson), t('team.removedAnnounce', { user: member.user }));
  const add = (member, button) =>
    change(button, [...members.map(asJson), asJson(member)], t('team.addedAnnounce', { user: member.user }));

  const headingId = uid('team-add');
  const user = h('input', { name: 'user', required: true, maxlength: 64, autocomplete: 'off', testid: 'team-user' });
  const expertise = h(
    'select',
    { name: 'expertise', required: true, testid: 'team-expertise' },
    h('option', { value: '' }, t('team.chooseExpertise')),
    EXPERTISE.map((value) => h('option', { value }, tEnum('expertise', value))),
  );
  const languages = h('input', { name: 'languages', autocomplete: 'off', testid: 'team-languages' });
  const formAlert = alertRegion();
  const form = h(
    'form',
    { 'aria-labelledby': headingId, novalidate: true, testid: 'team-add-form' },
    h('h3', { id: headingId }, t('team.addHeading')),
    formAlert,
    field(t('team.user'), user),
    field(t('team.expertise'), expertise),
    field(t('team.languages'), languages, t('team.languagesHint')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', testid: 'team-add-submit' }, t('team.add'))),
  );
  const index = members.length;
  guardSubmit(form, {
    alert: formAlert,
    fields: {
      [`team[${index}].user`]: user,
      [`team[${index}].expertise`]: expertise,
      [`team[${index}].languages`]: languages,
    },
    send: () =>
      put([
        ...members.map(asJson),
        {
          user: user.value.trim() || null,
          expertise: expertise.value || null,
          languages: languageCodes(languages.value),
        },
      ]),
    done: (changed) => {
      version = changed?.version ?? version;
      announce(t('team.addedAnnounce', { user: user.value.trim() }));
      onChange();
    },
    reload: async () => {
      const now = await api(`/api/v1/trajectories/${encodeURIComponent(trajectory.id)}`);
      version = now.version;
    },
  });
  return { alert, remove, add, form };
}

export function trajectoryTab(
  trajectory,
  team,
  family,
  { referrals = null, familyMembers = null, onChange = () => {}, canChange = false } = {},
) {
  const familyLanguages = family.languages ?? [];
  const members = team?.team ?? trajectory.team ?? [];
  const suggestions = team?.suggestions ?? [];
  const editor = canChange ? teamEditor(trajectory, members, onChange) : null;
  const formSlot = h('div', { class: 'phase-form' });
  const openPhaseForm = () => {
    replace(
      formSlot,
      phaseForm(trajectory, family, { close: () => formSlot.replaceChildren(), done: () => onChange() }),
    );
    formSlot.querySelector('input[type="radio"]')?.focus();
  };
  return h(
    'div',
    { class: 'stack' },
    canChange && (NEXT_PHASES[trajectory.phase] ?? []).length
      ? h(
          'div',
          {},
          h('button', { type: 'button', testid: 'change-phase', onclick: openPhaseForm }, t('phase.change')),
          formSlot,
        )
      : null,
    h(
      'dl',
      { class: 'facts' },
      h('div', {}, h('dt', {}, t('family.phase')), h('dd', {}, tEnum('phase', trajectory.phase))),
      h('div', {}, h('dt', {}, t('trajectory.openedAt')), h('dd', {}, formatDate(trajectory.openedAt))),
      h('div', {}, h('dt', {}, t('trajectory.partners')), h('dd', {}, trajectory.partners?.join(', ') || '—')),
      h('div', {}, h('dt', {}, t('family.languages')), h('dd', {}, formatLanguages(familyLanguages) || '—')),
    ),
    h('h2', {}, t('team.heading')),
    members.length === 0
      ? h('p', { class: 'muted' }, t('team.empty'))
      : dataTable({
          caption: t('team.caption'),
          captionHidden: true,
          columns: [
            { label: t('team.user'), header: true, cell: (m) => m.user },
            { label: t('team.expertise'), cell: (m) => tEnum('expertise', m.expertise) },
            { label: t('team.languages'), cell: (m) => formatLanguages(m.languages) || '—' },
            { label: t('team.match'), cell: (m) => match(m.languages, familyLanguages) },
            editor && {
              label: t('common.actions'),
              cell: (m) =>
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small secondary',
                    testid: 'team-remove',
                    'aria-label': t('team.removeNamed', { user: m.user }),
                    onclick: (e) => editor.remove(m, e.currentTarget),
                  },
                  t('team.remove'),
                ),
            },
          ].filter(Boolean),
          rows: members,
          rowAttrs: (m) => ({ testid: 'team-row', dataset: { user: m.user } }),
        }),
    editor ? editor.alert : null,
    suggestions.length === 0
      ? null
      : [
          h('h2', {}, t('team.suggestions')),
          dataTable({
            caption: t('team.suggestionsCaption'),
            captionHidden: true,
            columns: [
              { label: t('team.user'), header: true, cell: (s) => s.user },
              { label: t('team.expertise'), cell: (s) => tEnum('expertise', s.expertise) },
              { label: t('team.sharedLanguages'), cell: (s) => formatLanguages(s.sharedLanguages) },
              editor && {
                label: t('common.actions'),
                cell: (s) =>
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'small',
                      testid: 'team-add-suggestion',
                      'aria-label': t('team.addNamed', { user: s.user }),
                      onclick: (e) =>
                        editor.add(
                          { user: s.user, expertise: s.expertise, languages: s.sharedLanguages },
                          e.currentTarget,
                        ),
                    },
                    t('team.add'),
                  ),
              },
            ].filter(Boolean),
            rows: suggestions,
            rowAttrs: (s) => ({ testid: 'suggestion-row', dataset: { user: s.user } }),
          }),
        ],
    editor ? editor.form : null,
    referrals ? referralsSection(trajectory.id, referrals, familyMembers, onChange) : null,
  );
}
