// Form building blocks: every control gets a visible label, and problems are shown in an
// alert region next to the form.
import { ApiError } from './api.js';
import { h, replace, uid } from './dom.js';
import { t, tEnum } from './i18n.js';

/** A labelled control; `control` is an input/select/textarea element (its id is set here). */
export function field(label, control, hint) {
  const id = control.id || uid('field');
  control.id = id;
  let hintEl = null;
  if (hint) {
    hintEl = h('p', { class: 'hint', id: `${id}-hint` }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

/** A <select> of enum values in words; `empty` adds a first "any" option. */
export function enumSelect(type, values, { name, value = '', empty = null, required = false } = {}) {
  return h('select', { name, required, value },
    empty === null ? null : h('option', { value: '' }, empty),
    values.map((v) => h('option', { value: v }, tEnum(type, v))));
}

/** An empty alert region; fill it with showProblem. */
export function alertRegion() {
  return h('div', { class: 'form-alert', role: 'alert' });
}

/** Shows an API problem (its detail and field errors) in an alert region. */
export function showProblem(region, error) {
  let message = t('error.generic');
  let fieldErrors = [];
  if (error instanceof ApiError) {
    message = error.problem?.detail || error.problem?.title || message;
    if (error.status === 412) message = `${message} ${t('error.stale')}`;
    fieldErrors = Array.isArray(error.problem?.errors) ? error.problem.errors : [];
  }
  replace(region,
    h('p', {}, message),
    fieldErrors.length ? h('ul', {}, fieldErrors.map((e) => h('li', {}, `${e.field}: ${e.message}`))) : null);
  region.classList.add('visible');
}

export function clearProblem(region) {
  region.replaceChildren();
  region.classList.remove('visible');
}

/** datetime-local value (local time) to an ISO instant, or null when empty. */
export function localToIso(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Now as a datetime-local value (local time, minutes). */
export function nowLocal() {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}
