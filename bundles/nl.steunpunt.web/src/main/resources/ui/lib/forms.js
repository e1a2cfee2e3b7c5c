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
  return h(
    'select',
    { name, required, value },
    empty === null ? null : h('option', { value: '' }, empty),
    values.map((v) => h('option', { value: v }, tEnum(type, v))),
  );
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
  replace(
    region,
    h('p', {}, message),
    fieldErrors.length
      ? h(
          'ul',
          {},
          fieldErrors.map((e) => h('li', {}, `${e.field}: ${e.message}`)),
        )
      : null,
  );
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

/**
 * Makes `form` send at most once at a time and report the API's answer where the user looks:
 * - while `send()` runs, the form's submit buttons are disabled (a double click sends once);
 * - a 400's field errors appear at their fields (`fields` maps the API's field names, such as
 *   `owner.name`, to controls: marked `aria-invalid`, the message linked by `aria-describedby`),
 *   and in an error summary in `alert` (role=alert, so screen readers announce it) that takes the
 *   focus, with a link to each field;
 * - a 412 says that someone else changed the record and offers to reload it: `reload()` fetches
 *   the record again (its new version) and the typed values stay in the form.
 * `fields` may be a function that returns the map, for controls that come and go.
 * `send()` returns a promise; what it resolves to goes to `done(result)`.
 */
export function guardSubmit(form, { alert, fields = {}, send, done = () => {}, reload = null }) {
  // A form whose controls come and go (the intake's members) gives a function.
  const controls = () => (typeof fields === 'function' ? fields() : fields);
  let busy = false;
  const buttons = () => [...form.querySelectorAll('button[type="submit"]')];
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    buttons().forEach((b) => {
      b.disabled = true;
    });
    form.setAttribute('aria-busy', 'true');
    clearProblem(alert);
    clearFieldErrors(controls());
    try {
      done(await send());
    } catch (error) {
      showFormProblem(alert, error, controls(), reload);
    } finally {
      busy = false;
      buttons().forEach((b) => {
        b.disabled = false;
      });
      form.removeAttribute('aria-busy');
    }
  });
}

function clearFieldErrors(fields) {
  for (const control of Object.values(fields)) {
    control.removeAttribute('aria-invalid');
    const message = document.getElementById(`${control.id}-error`);
    if (message) message.remove();
    const described = (control.getAttribute('aria-describedby') || '')
      .split(' ')
      .filter((id) => id && id !== `${control.id}-error`);
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

function showFormProblem(region, error, fields, reload) {
  const fieldErrors = error instanceof ApiError && Array.isArray(error.problem?.errors) ? error.problem.errors : [];
  const summary = [];
  for (const { field: name, message } of fieldErrors) {
    const control = fields[name];
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const id = `${control.id}-error`;
      if (!document.getElementById(id)) {
        control.insertAdjacentElement('afterend', h('p', { class: 'field-error', id, testid: 'field-error' }, message));
        control.setAttribute(
          'aria-describedby',
          [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '),
        );
      }
      const label = control.labels?.[0]?.textContent || name;
      summary.push(
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `#${control.id}`,
              onclick: (e) => {
                e.preventDefault();
                control.focus();
              },
            },
            `${label}: ${message}`,
          ),
        ),
      );
    } else {
      summary.push(h('li', {}, `${name}: ${message}`));
    }
  }
  let text = t('error.generic');
  if (error instanceof ApiError) text = error.problem?.detail || error.problem?.title || text;
  const stale = error instanceof ApiError && error.status === 412;
  replace(
    region,
    h('p', {}, stale ? t('form.stale') : text),
    summary.length ? h('ul', { testid: 'error-summary' }, summary) : null,
    stale && reload
      ? h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            testid: 'reload-record',
            onclick: async (e) => {
              e.currentTarget.disabled = true;
              try {
                await reload();
                replace(region, h('p', {}, t('form.reloaded')));
              } catch (reloadError) {
                showProblem(region, reloadError);
              }
            },
          },
          t('form.reload'),
        )
      : null,
  );
  region.classList.add('visible');
  region.setAttribute('tabindex', '-1');
  region.focus();
}
