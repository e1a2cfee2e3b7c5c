// The Notes tab: the notes this user may read, and a form to write one.
import { api } from '../lib/api.js';
import { h, replace } from '../lib/dom.js';
import { alertRegion, clearProblem, field, showProblem } from '../lib/forms.js';
import { hasRole } from '../lib/extensions.js';
import { formatDateTime, t, tEnum } from '../lib/i18n.js';
import { announce } from '../lib/status.js';

function noteView(note) {
  return h(
    'article',
    { class: 'note', testid: 'note' },
    h(
      'p',
      { class: 'note-meta' },
      `${tEnum('noteCategory', note.category)} · ${note.author} · ${formatDateTime(note.writtenAt)}`,
    ),
    h('p', { class: 'note-text' }, note.text),
  );
}

export function notesTab(trajectoryId, page, onChange) {
  // A therapist writes therapy notes; counsellors and team leads counselling notes.
  const category = hasRole('therapist') ? 'THERAPY' : 'COUNSELLING';
  const text = h('textarea', { name: 'text', rows: '5', maxlength: '20000', required: true });
  const alert = alertRegion();
  const submit = async (event) => {
    event.preventDefault();
    clearProblem(alert);
    if (!text.value.trim()) {
      replace(alert, h('p', {}, t('notes.textRequired')));
      alert.classList.add('visible');
      text.focus();
      return;
    }
    try {
      await api(`/api/v1/trajectories/${encodeURIComponent(trajectoryId)}/notes`, {
        method: 'POST',
        body: { category, text: text.value },
      });
      announce(t('notes.saved'));
      onChange();
    } catch (error) {
      showProblem(alert, error);
    }
  };
  const canWrite = hasRole('counsellor', 'team-lead', 'therapist');
  return h(
    'div',
    { class: 'stack' },
    page.items.length === 0
      ? h('p', { class: 'muted' }, t('notes.empty'))
      : h('div', { class: 'stack' }, page.items.map(noteView)),
    page.total > page.items.length
      ? h('p', { class: 'muted' }, t('notes.more', { shown: page.items.length, total: page.total }))
      : null,
    canWrite
      ? h(
          'form',
          { class: 'card stack', novalidate: 'novalidate', onsubmit: submit },
          h('h2', {}, t('notes.new', { category: tEnum('noteCategory', category) })),
          field(t('notes.text'), text, t('notes.confidential')),
          alert,
          h('div', { class: 'button-row' }, h('button', { type: 'submit' }, t('notes.save'))),
        )
      : null,
  );
}
