// Open tasks as a table, each with a "done" button (PUT …/state with If-Match) and a "give to"
// form (PUT …/owner with If-Match).
import { api } from '../lib/api.js';
import { h, replace, uid } from '../lib/dom.js';
import { alertRegion, clearProblem, field, guardSubmit, showProblem } from '../lib/forms.js';
import { centreDate, formatDate, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { dataTable } from '../lib/table.js';

function owner(task) {
  return task.owner.kind === 'PARTNER' ? t('task.ownerPartner', { name: task.owner.name }) : task.owner.name;
}

function overdue(task) {
  return task.state === 'OPEN' && task.due < centreDate();
}

/** tasks: Task[]; onChange(): after a task changed state. */
export function taskList(tasks, { caption, onChange = () => {} }) {
  const alert = alertRegion();
  if (tasks.length === 0) return h('p', { class: 'muted' }, t('task.none'));
  const markDone = async (task, button) => {
    clearProblem(alert);
    button.disabled = true;
    try {
      await api(`/api/v1/tasks/${encodeURIComponent(task.id)}/state`, {
        method: 'PUT',
        version: task.version,
        body: { state: 'DONE' },
      });
      announce(t('task.doneAnnounce', { title: task.title }));
      onChange();
    } catch (error) {
      showProblem(alert, error);
      button.disabled = false;
    }
  };
  const formSlot = h('div', { class: 'task-reassign' });
  const openReassign = (task) => {
    replace(
      formSlot,
      reassignForm(task, {
        close: () => formSlot.replaceChildren(),
        onChange,
      }),
    );
    formSlot.querySelector('select')?.focus();
  };
  return h(
    'div',
    {},
    alert,
    dataTable({
      caption,
      columns: [
        { label: t('task.title'), header: true, cell: (task) => task.title },
        { label: t('task.owner'), cell: owner },
        {
          label: t('task.due'),
          cell: (task) =>
            h(
              'span',
              { class: overdue(task) ? 'overdue' : null },
              formatDate(task.due),
              overdue(task) ? ` (${t('task.overdue')})` : '',
            ),
        },
        { label: t('task.state'), cell: (task) => tEnum('taskState', task.state) },
        {
          label: t('common.actions'),
          cell: (task) =>
            task.state === 'OPEN'
              ? [
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'small',
                      onclick: (e) => markDone(task, e.currentTarget),
                      'aria-label': t('task.markDoneNamed', { title: task.title }),
                    },
                    t('task.markDone'),
                  ),
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'small secondary',
                      testid: 'task-reassign',
                      onclick: () => openReassign(task),
                      'aria-label': t('task.reassignNamed', { title: task.title }),
                    },
                    t('task.reassign'),
                  ),
                ]
              : '',
        },
      ],
      rows: tasks,
      rowAttrs: (task) => ({ testid: 'task-row', dataset: { taskId: task.id } }),
    }),
    formSlot,
  );
}

/** The open task's current version, read again after someone else changed it. */
async function currentVersion(task) {
  for (let offset = 0; ; offset += 200) {
    const page = await api(`/api/v1/tasks?offset=${offset}&limit=200`);
    const found = page.items.find((item) => item.id === task.id);
    if (found) return found;
    if (page.items.length < 200) throw new Error('task no longer open');
  }
}

/** Gives an open task to a staff member or a partner organisation. */
function reassignForm(task, { close, onChange }) {
  let version = task.version;
  const headingId = uid('reassign');
  const kind = h(
    'select',
    { name: 'kind', required: true, testid: 'owner-kind' },
    h('option', { value: 'STAFF' }, t('task.ownerKindStaff')),
    h('option', { value: 'PARTNER' }, t('task.ownerKindPartner')),
  );
  const name = h('input', { name: 'name', required: true, maxlength: 64, autocomplete: 'off', testid: 'owner-name' });
  const alert = alertRegion();
  const form = h(
    'form',
    { 'aria-labelledby': headingId, novalidate: true, testid: 'reassign-form' },
    h('h3', { id: headingId }, t('task.reassignHeading', { title: task.title })),
    alert,
    field(t('task.ownerKind'), kind),
    field(t('task.ownerName'), name, t('task.ownerNameHint')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', testid: 'reassign-submit' }, t('task.reassignSubmit')),
      ' ',
      h('button', { type: 'button', class: 'secondary', onclick: close }, t('common.cancel')),
    ),
  );
  guardSubmit(form, {
    alert,
    fields: { 'owner.kind': kind, 'owner.name': name },
    send: () =>
      api(`/api/v1/tasks/${encodeURIComponent(task.id)}/owner`, {
        method: 'PUT',
        version,
        body: { owner: { kind: kind.value, name: name.value.trim() } },
      }),
    done: (changed) => {
      announce(t('task.reassignedAnnounce', { title: task.title, owner: owner(changed) }));
      close();
      onChange();
    },
    reload: async () => {
      const now = await currentVersion(task);
      version = now.version;
    },
  });
  return form;
}
