// The next steps of a security report this user may take, each a form that POSTs with If-Match.
// The server decides in the end; a refusal (400/409/412) shows its detail in the form's alert.
import { api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, clearProblem, field, localToIso, nowLocal, showProblem } from '../lib/forms.js';
import { hasRole } from '../lib/extensions.js';
import { t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';

const GUARDIANS = ['PARENT', 'GUARDIAN'];

function radios(legend, name, values, type) {
  return h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, legend),
    values.map((value, index) => {
      const id = uid(name);
      return h(
        'div',
        { class: 'choice' },
        h('input', { type: 'radio', id, name, value, checked: index === 0 }),
        h('label', { for: id }, tEnum(type, value)),
      );
    }),
  );
}

function legalBasisSelect(bases) {
  return h(
    'select',
    { name: 'legalBasis', required: true },
    bases.map((basis) => h('option', { value: basis }, basis)),
  );
}

/** One action: a titled form; `body(form)` gives the request body or a validation message. */
function actionForm({
  report,
  title,
  path,
  description,
  controls = [],
  body = () => undefined,
  submitLabel,
  onDone,
  kind = 'primary',
}) {
  const alert = alertRegion();
  const headingId = uid('action');
  const submit = h('button', { type: 'submit', class: kind }, submitLabel);
  const onSubmit = async (event) => {
    event.preventDefault();
    clearProblem(alert);
    const built = body(event.currentTarget);
    if (built?.invalid) {
      replace(alert, h('p', {}, built.invalid));
      alert.classList.add('visible');
      return;
    }
    submit.disabled = true;
    try {
      await api(`/api/v1/reports/${encodeURIComponent(report.id)}/${path}`, {
        method: 'POST',
        version: report.version,
        body: built,
      });
      announce(t('report.actionDone', { action: title }));
      onDone();
    } catch (error) {
      showProblem(alert, error);
      submit.disabled = false;
    }
  };
  return h(
    'form',
    {
      class: 'card stack action',
      novalidate: 'novalidate',
      'aria-labelledby': headingId,
      onsubmit: onSubmit,
      testid: `report-action-${path}`,
    },
    h('h3', { id: headingId }, title),
    description ? h('p', { class: 'hint' }, description) : null,
    controls,
    alert,
    h('div', { class: 'button-row' }, submit),
  );
}

function consultation(report, members, onDone) {
  const guardians = members.filter((m) => GUARDIANS.includes(m.role));
  const when = h('input', { type: 'datetime-local', name: 'consultedAt', required: true, value: nowLocal() });
  return actionForm({
    report,
    onDone,
    path: 'consultation',
    title: t('action.consultation'),
    submitLabel: t('action.consultationSubmit'),
    description: t('action.consultationHelp'),
    controls: [
      field(t('action.consultedAt'), when),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, t('action.consulted')),
        guardians.length === 0
          ? h('p', { class: 'muted' }, t('action.noGuardians'))
          : guardians.map((m) => {
              const id = uid('consulted');
              return h(
                'div',
                { class: 'choice' },
                h('input', { type: 'checkbox', id, name: 'consulted', value: m.id }),
                h('label', { for: id }, `${m.givenName} (${tEnum('memberRole', m.role)})`),
              );
            }),
      ),
      radios(t('action.reporter'), 'reporter', ['FAMILY', 'CENTRE'], 'reporter'),
      radios(t('action.recipient'), 'recipient', ['MUNICIPALITY', 'POLICE'], 'recipient'),
    ],
    body: (form) => {
      const data = new FormData(form);
      const consulted = data.getAll('consulted');
      if (consulted.length === 0) return { invalid: t('action.consultedRequired') };
      const consultedAt = localToIso(data.get('consultedAt'));
      if (!consultedAt) return { invalid: t('action.dateRequired') };
      return { consultedAt, consulted, reporter: data.get('reporter'), recipient: data.get('recipient') };
    },
  });
}

function disclose(report, bases, onDone) {
  const byFamily = report.consultation?.reporter === 'FAMILY';
  const reportedAt = byFamily ? h('input', { type: 'datetime-local', name: 'reportedAt', value: nowLocal() }) : null;
  return actionForm({
    report,
    onDone,
    path: 'report',
    title: t('action.report'),
    submitLabel: t('action.reportSubmit'),
    description: byFamily ? t('action.reportFamilyHelp') : t('action.reportCentreHelp'),
    controls: [
      field(t('action.legalBasis'), legalBasisSelect(bases)),
      reportedAt ? field(t('action.reportedAt'), reportedAt) : null,
    ],
    body: (form) => {
      const data = new FormData(form);
      const requestBody = { legalBasis: data.get('legalBasis') };
      if (byFamily && data.get('reportedAt')) requestBody.reportedAt = localToIso(data.get('reportedAt'));
      return requestBody;
    },
  });
}

function override(report, bases, onDone) {
  const reason = h('textarea', { name: 'reason', required: true, maxlength: '500', rows: '3' });
  return actionForm({
    report,
    onDone,
    path: 'override',
    kind: 'warning',
    title: t('action.override'),
    submitLabel: t('action.overrideSubmit'),
    description: t('action.overrideHelp'),
    controls: [
      field(t('action.legalBasis'), legalBasisSelect(bases)),
      radios(t('action.recipient'), 'recipient', ['MUNICIPALITY', 'POLICE'], 'recipient'),
      field(t('action.reason'), reason),
    ],
    body: (form) => {
      const data = new FormData(form);
      if (!String(data.get('reason')).trim()) return { invalid: t('action.reasonRequired') };
      return {
        legalBasis: data.get('legalBasis'),
        recipient: data.get('recipient'),
        reason: String(data.get('reason')).trim(),
      };
    },
  });
}

function withdraw(report, onDone) {
  const reason = h('textarea', { name: 'reason', required: true, maxlength: '500', rows: '3' });
  return actionForm({
    report,
    onDone,
    path: 'withdrawal',
    kind: 'secondary',
    title: t('action.withdraw'),
    submitLabel: t('action.withdrawSubmit'),
    controls: [field(t('action.reason'), reason)],
    body: (form) => {
      const text = String(new FormData(form).get('reason')).trim();
      return text ? { reason: text } : { invalid: t('action.reasonRequired') };
    },
  });
}

/** The forms for the report's state and the user's roles (team lead: override too). */
export function reportActions(report, { members, bases, onDone }) {
  if (!hasRole('counsellor', 'team-lead')) return [];
  const forms = [];
  if (report.state === 'DRAFT') {
    forms.push(consultation(report, members, onDone));
    if (hasRole('team-lead')) forms.push(override(report, bases, onDone));
  }
  if (report.state === 'CONSULTED') forms.push(disclose(report, bases, onDone));
  if (report.state === 'DRAFT' || report.state === 'CONSULTED') forms.push(withdraw(report, onDone));
  if (report.state === 'REPORTED' && report.disclosure?.reporter === 'FAMILY') {
    forms.push(
      actionForm({
        report,
        onDone,
        path: 'acknowledgement',
        title: t('action.acknowledge'),
        description: t('action.acknowledgeHelp'),
        submitLabel: t('action.acknowledgeSubmit'),
      }),
    );
  }
  if (report.state === 'ACKNOWLEDGED') {
    forms.push(
      actionForm({ report, onDone, path: 'closure', title: t('action.close'), submitLabel: t('action.closeSubmit') }),
    );
  }
  return forms;
}
