// Open tasks as a table, each with a "done" button (PUT …/state with If-Match).
import { api } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { alertRegion, clearProblem, showProblem } from '../lib/forms.js';
import { formatDate, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';
import { dataTable } from '../lib/table.js';

function owner(task) {
  return task.owner.kind === 'PARTNER' ? t('task.ownerPartner', { name: task.owner.name }) : task.owner.name;
}

function overdue(task) {
  return task.state === 'OPEN' && task.due < new Date().toISOString().slice(0, 10);
}

/** tasks: Task[]; onChange(): after a task changed state. */
export function taskList(tasks, { caption, onChange = () => {} }) {
  const alert = alertRegion();
  if (tasks.length === 0) return h('p', { class: 'muted' }, t('task.none'));
  const markDone = async (task, button) => {
    clearProblem(alert);
    button.disabled = true;
    try {
      await api(`/api/v1/tasks/${encodeURIComponent(task.id)}/state`, { method: 'PUT', version: task.version, body: { state: 'DONE' } });
      announce(t('task.doneAnnounce', { title: task.title }));
      onChange();
    } catch (error) {
      showProblem(alert, error);
      button.disabled = false;
    }
  };
  return h('div', {}, alert, dataTable({
    caption,
    columns: [
      { label: t('task.title'), header: true, cell: (task) => task.title },
      { label: t('task.owner'), cell: owner },
      { label: t('task.due'), cell: (task) => h('span', { class: overdue(task) ? 'overdue' : null },
        formatDate(task.due), overdue(task) ? ` (${t('task.overdue')})` : '') },
      { label: t('task.state'), cell: (task) => tEnum('taskState', task.state) },
      { label: t('common.actions'), cell: (task) => task.state === 'OPEN'
        ? h('button', { type: 'button', class: 'small', onclick: (e) => markDone(task, e.currentTarget),
          'aria-label': t('task.markDoneNamed', { title: task.title }) }, t('task.markDone'))
        : '' },
    ],
    rows: tasks,
    rowAttrs: (task) => ({ testid: 'task-row', dataset: { taskId: task.id } }),
  }));
}
