// The break-glass dialog: a counsellor or team lead opens a family that is not theirs, with a
// reason. A native modal <dialog> keeps focus inside and closes on Escape; focus returns to the
// button that opened it.
import { api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, clearProblem, field, showProblem } from '../lib/forms.js';
import { t } from '../lib/i18n.js';
import { announce } from '../lib/status.js';

const REFERENCE = /^F-\d{4}-\d{4}$/;

/** Opens the dialog; with `familyId` (a family page that answered 404) no reference is asked. */
export function openBreakGlass({ familyId = null } = {}) {
  const dialog = document.getElementById('sp-dialog');
  const opener = document.activeElement;
  const titleId = uid('bg-title');
  const warningId = uid('bg-warning');
  const reference = familyId
    ? null
    : h('input', { name: 'reference', required: true, autocomplete: 'off', 'aria-required': 'true' });
  const reason = h('textarea', {
    name: 'reason',
    required: true,
    maxlength: '500',
    rows: '4',
    'aria-required': 'true',
  });
  const alert = alertRegion();
  const submit = h('button', { type: 'submit', class: 'warning' }, t('breakGlass.submit'));

  const invalid = (control, message) => {
    control.setAttribute('aria-invalid', 'true');
    replace(alert, h('p', {}, message));
    alert.classList.add('visible');
    control.focus();
  };

  const onSubmit = async (event) => {
    event.preventDefault();
    clearProblem(alert);
    reference?.removeAttribute('aria-invalid');
    reason.removeAttribute('aria-invalid');
    const ref = reference ? reference.value.trim().toUpperCase() : null;
    if (reference && !REFERENCE.test(ref)) return invalid(reference, t('breakGlass.referenceInvalid'));
    if (!reason.value.trim()) return invalid(reason, t('breakGlass.reasonRequired'));
    submit.disabled = true;
    try {
      const use = familyId
        ? await api(`/api/v1/families/${encodeURIComponent(familyId)}/break-glass`, {
            method: 'POST',
            body: { reason: reason.value.trim() },
          })
        : await api('/api/v1/break-glass', { method: 'POST', body: { reference: ref, reason: reason.value.trim() } });
      dialog.close();
      announce(t('breakGlass.opened'));
      const target = `#/families/${encodeURIComponent(use.familyId ?? familyId)}`;
      if (window.location.hash === target) window.dispatchEvent(new CustomEvent('sp-route-reload'));
      else window.location.hash = target;
    } catch (error) {
      showProblem(alert, error);
    } finally {
      submit.disabled = false;
    }
  };

  dialog.setAttribute('aria-labelledby', titleId);
  dialog.setAttribute('aria-describedby', warningId);
  replace(
    dialog,
    h(
      'form',
      { class: 'stack', novalidate: 'novalidate', onsubmit: onSubmit },
      h('h2', { id: titleId }, t('breakGlass.title')),
      h('p', { class: 'notice warning-notice', id: warningId }, t('breakGlass.warning')),
      reference ? field(t('breakGlass.reference'), reference, t('breakGlass.referenceHint')) : null,
      field(t('breakGlass.reason'), reason, t('breakGlass.reasonHint')),
      alert,
      h(
        'div',
        { class: 'button-row' },
        submit,
        h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, t('common.cancel')),
      ),
    ),
  );
  dialog.addEventListener(
    'close',
    () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    { once: true },
  );
  dialog.showModal();
  (reference ?? reason).focus();
}
