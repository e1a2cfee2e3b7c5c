// Intake (#/families/new): a new family with its first members; then straight to its page.
import { ApiError, api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, enumSelect, field, guardSubmit } from '../lib/forms.js';
import { t } from '../lib/i18n.js';
import { ShellElement, loading } from '../lib/page.js';
import { announce } from '../lib/status.js';
import { languageCodes, memberControls } from '../family/members.js';

const BACKGROUNDS = ['DUTCH_ORIGIN', 'MIGRANT_BACKGROUND', 'NOT_RECORDED'];

/** The register's entries as the list offers them: "Amsterdam (0363)". */
function option(code, name) {
  return `${name} (${code})`;
}

/** The code typed or chosen: four digits, or the code in "Name (0363)", or a name of the list. */
export function municipalityCode(text, register) {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return value;
  const inBrackets = /\((\d{4})\)\s*$/.exec(value);
  if (inBrackets) return inBrackets[1];
  const byName = [...register.entries()].find(([, name]) => name.toLowerCase() === value.toLowerCase());
  return byName ? byName[0] : value || null;
}

class IntakePage extends ShellElement {
  async render(signal) {
    replace(this, loading());
    const list = (await api('/api/v1/municipalities', { signal })) ?? [];
    const register = new Map(list.map((m) => [m.code, m.name]));
    const listId = uid('municipalities');
    const municipality = h('input', {
      name: 'municipality',
      list: listId,
      required: true,
      autocomplete: 'off',
      testid: 'intake-municipality',
    });
    const datalist = h(
      'datalist',
      { id: listId },
      [...register.entries()]
        .sort((a, b) => a[1].localeCompare(b[1]))
        .map(([code, name]) => h('option', { value: option(code, name) })),
    );
    const languages = h('input', { name: 'languages', autocomplete: 'off', testid: 'intake-languages' });
    const background = enumSelect('background', BACKGROUNDS, {
      name: 'background',
      required: true,
      empty: t('intake.chooseBackground'),
    });
    background.dataset.testid = 'intake-background';
    const alert = alertRegion();
    const memberList = h('div', { class: 'stack' });
    const members = [];
    const addMember = () => {
      const controls = memberControls(null);
      const legendId = uid('intake-member');
      const box = h(
        'fieldset',
        { class: 'member-box', testid: 'intake-member', 'aria-labelledby': legendId },
        h('legend', { id: legendId }, t('intake.memberLegend', { number: members.length + 1 })),
        controls.elements,
        h(
          'button',
          {
            type: 'button',
            class: 'small secondary',
            testid: 'intake-member-remove',
            onclick: () => {
              members.splice(members.indexOf(entry), 1);
              box.remove();
            },
          },
          t('intake.removeMember'),
        ),
      );
      const entry = { controls, box, created: false };
      members.push(entry);
      memberList.append(box);
      return controls;
    };
    addMember();
    const headingId = uid('intake');
    const form = h(
      'form',
      { 'aria-labelledby': headingId, novalidate: true, testid: 'intake-form' },
      h('h1', { id: headingId, tabindex: '-1' }, t('intake.title')),
      h('p', { class: 'muted' }, t('intake.intro')),
      alert,
      h('h2', {}, t('intake.family')),
      field(t('family.municipality'), municipality, t('intake.municipalityHint')),
      datalist,
      field(t('family.languages'), languages, t('team.languagesHint')),
      field(t('intake.background'), background, t('intake.backgroundHint')),
      h('h2', {}, t('intake.members')),
      memberList,
      h(
        'button',
        { type: 'button', class: 'secondary', testid: 'intake-member-add', onclick: () => addMember().focus() },
        t('intake.addMember'),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', testid: 'intake-submit' }, t('intake.submit'))),
    );

    // Fields of the family, and of each member as `members[i].…` (the form's own names).
    const fields = () => {
      const all = { municipality, languages, background };
      members.forEach((m, i) => Object.assign(all, m.controls.fields(`members[${i}].`)));
      return all;
    };
    let family = null; // created by the first send; a second send adds only what is missing
    const send = async () => {
      // The members' own required parts first, so that no family is made without them.
      const missing = [];
      members.forEach((m, i) => {
        const body = m.controls.body();
        if (!body.role) missing.push({ field: `members[${i}].role`, message: t('intake.required') });
        if (!body.givenName) missing.push({ field: `members[${i}].givenName`, message: t('intake.required') });
        if (body.birthYear === null) missing.push({ field: `members[${i}].birthYear`, message: t('intake.required') });
      });
      if (missing.length) throw new ApiError(400, { title: t('intake.fix'), detail: t('intake.fix'), errors: missing });
      if (!family) {
        family = await api('/api/v1/families', {
          method: 'POST',
          body: {
            municipality: municipalityCode(municipality.value, register),
            languages: languageCodes(languages.value),
            background: background.value || null,
          },
        });
      }
      for (const [i, m] of members.entries()) {
        if (m.created) continue;
        try {
          await api(`/api/v1/families/${encodeURIComponent(family.id)}/members`, {
            method: 'POST',
            body: m.controls.body(),
          });
          m.created = true;
        } catch (error) {
          if (error instanceof ApiError && Array.isArray(error.problem?.errors)) {
            error.problem.errors = error.problem.errors.map((e) => ({ ...e, field: `members[${i}].${e.field}` }));
            error.problem.detail = t('intake.partly', { reference: family.reference });
          }
          throw error;
        }
      }
      return family;
    };
    replace(this, form);
    guardSubmit(form, {
      alert,
      fields,
      send,
      done: (created) => {
        announce(t('intake.done', { reference: created.reference }));
        window.location.hash = `#/families/${encodeURIComponent(created.id)}`;
      },
    });
    municipality.focus();
  }
}

customElements.define('sp-intake-page', IntakePage);
