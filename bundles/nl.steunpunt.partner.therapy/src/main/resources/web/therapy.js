// /plugins/therapy-demo/therapy.js: the therapy provider's page: the members referred to it and,
// per member, the sessions held with their notes (the provider's own records, for its therapists).
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
const BASE = '/api/v1/partners/therapy-demo';

const TEXTS = {
  nl: {
    loading: 'Bezig met laden…',
    failed: 'Het laden is mislukt.',
    intro: 'Gezinsleden met een open verwijzing naar uw organisatie. Sessienotities zijn alleen voor therapeuten van uw organisatie.',
    caption: 'Verwezen gezinsleden',
    none: 'Er zijn geen open verwijzingen naar uw organisatie.',
    reference: 'Gezin',
    givenName: 'Voornaam',
    role: 'Rol in het gezin',
    birthYear: 'Geboortejaar',
    languages: 'Talen',
    lastSession: 'Laatste sessie',
    sessions: 'Sessies',
    sessionsOf: (name, ref) => `Sessies met ${name} (${ref})`,
    noSessions: 'Nog geen sessies vastgelegd.',
    date: 'Datum',
    kind: 'Soort sessie',
    note: 'Notitie',
    save: 'Sessie vastleggen',
    update: 'Wijziging opslaan',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    remove: 'Verwijderen',
    saved: 'De sessie is vastgelegd.',
    removed: 'De sessie is verwijderd.',
    kinds: { INDIVIDUAL: 'Individueel', FAMILY: 'Met het gezin' },
    roles: { PARENT: 'Ouder', GUARDIAN: 'Voogd', SIBLING: 'Broer of zus', CHILD_ABROAD: 'Kind in het buitenland', OTHER_RELATIVE: 'Ander familielid' },
  },
  en: {
    loading: 'Loading…',
    failed: 'Loading failed.',
    intro: 'Family members with an open referral to your organisation. Session notes are for the therapists of your organisation only.',
    caption: 'Referred family members',
    none: 'There are no open referrals to your organisation.',
    reference: 'Family',
    givenName: 'Given name',
    role: 'Role in the family',
    birthYear: 'Birth year',
    languages: 'Languages',
    lastSession: 'Last session',
    sessions: 'Sessions',
    sessionsOf: (name, ref) => `Sessions with ${name} (${ref})`,
    noSessions: 'No sessions recorded yet.',
    date: 'Date',
    kind: 'Kind of session',
    note: 'Note',
    save: 'Record session',
    update: 'Save change',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Delete',
    saved: 'The session was recorded.',
    removed: 'The session was deleted.',
    kinds: { INDIVIDUAL: 'Individual', FAMILY: 'With the family' },
    roles: { PARENT: 'Parent', GUARDIAN: 'Guardian', SIBLING: 'Sibling', CHILD_ABROAD: 'Child abroad', OTHER_RELATIVE: 'Other relative' },
  },
};

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text; // text, never HTML
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** A failed call, with the server's problem (detail and field errors) when it sent one. */
class Problem extends Error {
  constructor(status, body) {
    super(body?.detail || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(ctx, path, init = {}) {
  const response = await ctx.fetch(BASE + path, init);
  if (!response.ok) {
    let body = null;
    if ((response.headers.get('Content-Type') || '').includes('json')) {
      try { body = await response.json(); } catch { body = null; }
    }
    throw new Problem(response.status, body);
  }
  return response.status === 204 ? null : response.json();
}

function problemNode(t, error) {
  const box = el('div', undefined, { role: 'alert', class: 'inline-error' });
  box.append(el('p', error instanceof Problem && error.body?.detail ? error.body.detail : t.failed));
  const errors = error instanceof Problem && Array.isArray(error.body?.errors) ? error.body.errors : [];
  if (errors.length) {
    const list = el('ul');
    for (const e of errors) list.append(el('li', `${e.field}: ${e.message}`));
    box.append(list);
  }
  return box;
}

function formatDate(locale, iso) {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function field(label, control) {
  const id = `th-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  const wrap = el('div', undefined, { class: 'field' });
  wrap.append(el('label', label, { for: id }), control);
  return wrap;
}

/** The sessions with one referred member: the notes so far and a form to record (or change) one. */
class Sessions {
  constructor(ctx, t, referral) {
    this.ctx = ctx;
    this.t = t;
    this.referral = referral;
    this.node = el('section', undefined, { class: 'card stack' });
    this.status = el('p', '', { role: 'status', class: 'muted' });
    this.editing = null;
  }

  heading() {
    return el('h3', this.t.sessionsOf(this.referral.givenName, this.referral.familyReference), { tabindex: '-1' });
  }

  async load() {
    this.node.replaceChildren(this.heading(), el('p', this.t.loading, { class: 'muted' }));
    try {
      const list = await call(this.ctx, `/members/${encodeURIComponent(this.referral.memberId)}/sessions`);
      this.draw(list.items);
    } catch (error) {
      this.node.replaceChildren(this.heading(), problemNode(this.t, error));
    }
    return this.node;
  }

  draw(items) {
    const { t } = this;
    const list = items.length === 0 ? el('p', t.noSessions, { class: 'muted' }) : el('ul', undefined, { class: 'stack' });
    for (const record of items) {
      const s = record.document;
      const item = el('li', undefined, { class: 'note' });
      item.append(
        el('p', `${formatDate(this.ctx.locale, s.date)} · ${t.kinds[s.kind] ?? s.kind}`, { class: 'note-meta' }),
        el('p', s.note, { class: 'note-text' }));
      const buttons = el('div', undefined, { class: 'button-row' });
      const edit = el('button', t.edit, { type: 'button', class: 'secondary' });
      edit.addEventListener('click', () => this.fill(record));
      const remove = el('button', t.remove, { type: 'button', class: 'secondary' });
      remove.addEventListener('click', () => this.remove(record, remove));
      buttons.append(edit, remove);
      item.append(buttons);
      list.append(item);
    }
    this.alert = el('div');
    const form = el('form', undefined, { class: 'stack' });
    this.date = el('input', undefined, { type: 'date', name: 'date', required: '' });
    this.kind = el('select', undefined, { name: 'kind', required: '' });
    for (const [value, label] of Object.entries(t.kinds)) this.kind.append(el('option', label, { value }));
    this.note = el('textarea', undefined, { name: 'note', required: '', rows: '5', maxlength: '8000' });
    this.submit = el('button', t.save, { type: 'submit' });
    this.cancel = el('button', t.cancel, { type: 'button', class: 'secondary' });
    this.cancel.hidden = true;
    this.cancel.addEventListener('click', () => this.fill(null));
    const buttons = el('div', undefined, { class: 'button-row' });
    buttons.append(this.submit, this.cancel);
    form.append(field(t.date, this.date), field(t.kind, this.kind), field(t.note, this.note), buttons);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.node.replaceChildren(this.heading(), list, this.alert, form, this.status);
  }

  fill(record) {
    this.editing = record;
    this.date.value = record ? record.document.date : '';
    this.kind.value = record ? record.document.kind : 'INDIVIDUAL';
    this.note.value = record ? record.document.note : '';
    this.submit.textContent = record ? this.t.update : this.t.save;
    this.cancel.hidden = !record;
    this.date.focus();
  }

  async save() {
    const body = JSON.stringify({ date: this.date.value, kind: this.kind.value, note: this.note.value });
    this.submit.disabled = true;
    this.alert.replaceChildren();
    try {
      if (this.editing) {
        await call(this.ctx, `/sessions/${encodeURIComponent(this.editing.id)}`,
          { method: 'PUT', body, headers: { 'If-Match': `"${this.editing.version}"` } });
      } else {
        await call(this.ctx, `/members/${encodeURIComponent(this.referral.memberId)}/sessions`, { method: 'POST', body });
      }
      await this.load();
      this.status.textContent = this.t.saved;
    } catch (error) {
      this.alert.replaceChildren(problemNode(this.t, error));
      this.submit.disabled = false;
    }
  }

  async remove(record, button) {
    button.disabled = true;
    try {
      await call(this.ctx, `/sessions/${encodeURIComponent(record.id)}`,
        { method: 'DELETE', headers: { 'If-Match': `"${record.version}"` } });
      await this.load();
      this.status.textContent = this.t.removed;
    } catch (error) {
      this.alert.replaceChildren(problemNode(this.t, error));
      button.disabled = false;
    }
  }
}

class TherapyReferralsPage extends HTMLElement {
  #context = null;
  #run = 0;

  set context(value) {
    this.#context = value; // set before insertion, and again (a new object) on a language switch
    this.render();
  }

  async render() {
    const ctx = this.#context;
    if (!ctx) return;
    const run = ++this.#run;
    const t = TEXTS[ctx.locale] ?? TEXTS.nl;
    this.replaceChildren(el('p', t.loading, { role: 'status' }));
    let list;
    try {
      list = await call(ctx, '/referrals');
    } catch (error) {
      if (run === this.#run) this.replaceChildren(problemNode(t, error));
      return;
    }
    if (run !== this.#run) return;
    if (list.items.length === 0) {
      this.replaceChildren(el('p', t.intro, { class: 'hint' }), el('p', t.none, { class: 'muted' }));
      return;
    }
    const sessions = el('div');
    const wrap = el('div', undefined, { class: 'table-wrap' });
    const table = el('table');
    table.append(el('caption', t.caption));
    const head = el('tr');
    for (const h of [t.givenName, t.reference, t.role, t.birthYear, t.languages, t.lastSession, t.sessions]) {
      head.append(el('th', h, { scope: 'col' }));
    }
    table.appendChild(el('thead')).append(head);
    const body = table.appendChild(el('tbody'));
    for (const referral of list.items) {
      const row = el('tr');
      const open = el('button', t.sessions, { type: 'button', class: 'secondary',
        'aria-label': t.sessionsOf(referral.givenName, referral.familyReference) });
      open.addEventListener('click', async () => {
        const section = await new Sessions(ctx, t, referral).load();
        sessions.replaceChildren(section);
        section.querySelector('h3')?.focus();
      });
      const action = el('td');
      action.append(open);
      row.append(
        el('th', referral.givenName, { scope: 'row' }),
        el('td', referral.familyReference),
        el('td', t.roles[referral.role] ?? referral.role),
        el('td', String(referral.birthYear)),
        el('td', (referral.languages || []).join(', ') || '—'),
        el('td', formatDate(ctx.locale, referral.lastSessionHeld)),
        action);
      body.append(row);
    }
    wrap.append(table);
    this.replaceChildren(el('p', t.intro, { class: 'hint' }), wrap, sessions);
  }
}

if (!customElements.get('th-referrals-page')) customElements.define('th-referrals-page', TherapyReferralsPage);
