// /plugins/police/police.js: the police liaison's page: the reports addressed to the police (the
// minimal data set only), acknowledging receipt, and the police's own follow-up notes per report.
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
const BASE = '/api/v1/partners/police';

const TEXTS = {
  nl: {
    loading: 'Bezig met laden…',
    failed: 'Het laden is mislukt.',
    intro: 'Alleen de minimale gegevensset van de meldingen aan de politie; verder niets van het gezin.',
    caption: 'Veiligheidsmeldingen gericht aan de politie',
    none: 'Er zijn geen meldingen aan de politie.',
    reference: 'Referentie',
    givenName: 'Voornaam',
    birthYear: 'Geboortejaar',
    reason: 'Reden',
    date: 'Datum',
    centreContact: 'Contact steunpunt',
    state: 'Status',
    acknowledgement: 'Ontvangst',
    acknowledge: 'Ontvangst bevestigen',
    acknowledgeOf: (ref) => `Ontvangst bevestigen van de melding over ${ref}`,
    acknowledged: 'De ontvangst is bevestigd.',
    followUp: 'Opvolging',
    followUpOf: (ref) => `Opvolging van de melding over ${ref}`,
    noFollowUp: 'Nog geen opvolging vastgelegd.',
    note: 'Notitie',
    save: 'Opvolging vastleggen',
    update: 'Wijziging opslaan',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    remove: 'Verwijderen',
    saved: 'De opvolging is vastgelegd.',
    removed: 'De opvolging is verwijderd.',
    states: { REPORTED: 'Gemeld', ACKNOWLEDGED: 'Ontvangst bevestigd', CLOSED: 'Afgesloten' },
    reasons: { DEPARTURE_RISK: 'Risico op vertrek', DEPARTED: 'Vertrokken', RETURN_EXPECTED: 'Terugkeer verwacht', RETURNED: 'Teruggekeerd' },
  },
  en: {
    loading: 'Loading…',
    failed: 'Loading failed.',
    intro: 'Only the minimal data set of the reports to the police; nothing else of the family.',
    caption: 'Security reports addressed to the police',
    none: 'There are no reports to the police.',
    reference: 'Reference',
    givenName: 'Given name',
    birthYear: 'Birth year',
    reason: 'Reason',
    date: 'Date',
    centreContact: 'Centre contact',
    state: 'State',
    acknowledgement: 'Receipt',
    acknowledge: 'Acknowledge receipt',
    acknowledgeOf: (ref) => `Acknowledge receipt of the report about ${ref}`,
    acknowledged: 'Receipt was acknowledged.',
    followUp: 'Follow-up',
    followUpOf: (ref) => `Follow-up of the report about ${ref}`,
    noFollowUp: 'No follow-up recorded yet.',
    note: 'Note',
    save: 'Record follow-up',
    update: 'Save change',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Delete',
    saved: 'The follow-up was recorded.',
    removed: 'The follow-up was deleted.',
    states: { REPORTED: 'Reported', ACKNOWLEDGED: 'Receipt acknowledged', CLOSED: 'Closed' },
    reasons: { DEPARTURE_RISK: 'Risk of departure', DEPARTED: 'Departed', RETURN_EXPECTED: 'Return expected', RETURNED: 'Returned' },
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
  const id = `pol-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  const wrap = el('div', undefined, { class: 'field' });
  wrap.append(el('label', label, { for: id }), control);
  return wrap;
}

/** The follow-up of one report: the notes so far and a form to record (or change) one. */
class FollowUps {
  constructor(ctx, t, report) {
    this.ctx = ctx;
    this.t = t;
    this.report = report;
    this.node = el('section', undefined, { class: 'card stack' });
    this.status = el('p', '', { role: 'status', class: 'muted' });
    this.editing = null;
  }

  heading() {
    return el('h3', this.t.followUpOf(this.report.dataSet.familyReference), { tabindex: '-1' });
  }

  async load() {
    this.node.replaceChildren(this.heading(), el('p', this.t.loading, { class: 'muted' }));
    try {
      const list = await call(this.ctx, `/reports/${encodeURIComponent(this.report.id)}/follow-ups`);
      this.draw(list.items);
    } catch (error) {
      this.node.replaceChildren(this.heading(), problemNode(this.t, error));
    }
    return this.node;
  }

  draw(items) {
    const { t } = this;
    const list = items.length === 0 ? el('p', t.noFollowUp, { class: 'muted' }) : el('ul', undefined, { class: 'stack' });
    for (const record of items) {
      const item = el('li', undefined, { class: 'note' });
      item.append(
        el('p', formatDate(this.ctx.locale, record.document.date), { class: 'note-meta' }),
        el('p', record.document.note, { class: 'note-text' }));
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
    this.note = el('textarea', undefined, { name: 'note', required: '', rows: '4', maxlength: '4000' });
    this.submit = el('button', t.save, { type: 'submit' });
    this.cancel = el('button', t.cancel, { type: 'button', class: 'secondary' });
    this.cancel.hidden = true;
    this.cancel.addEventListener('click', () => this.fill(null));
    const buttons = el('div', undefined, { class: 'button-row' });
    buttons.append(this.submit, this.cancel);
    form.append(field(t.date, this.date), field(t.note, this.note), buttons);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.node.replaceChildren(this.heading(), list, this.alert, form, this.status);
  }

  fill(record) {
    this.editing = record;
    this.date.value = record ? record.document.date : '';
    this.note.value = record ? record.document.note : '';
    this.submit.textContent = record ? this.t.update : this.t.save;
    this.cancel.hidden = !record;
    this.date.focus();
  }

  async save() {
    const body = JSON.stringify({ date: this.date.value, note: this.note.value });
    this.submit.disabled = true;
    this.alert.replaceChildren();
    try {
      if (this.editing) {
        await call(this.ctx, `/follow-ups/${encodeURIComponent(this.editing.id)}`,
          { method: 'PUT', body, headers: { 'If-Match': `"${this.editing.version}"` } });
      } else {
        await call(this.ctx, `/reports/${encodeURIComponent(this.report.id)}/follow-ups`, { method: 'POST', body });
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
      await call(this.ctx, `/follow-ups/${encodeURIComponent(record.id)}`,
        { method: 'DELETE', headers: { 'If-Match': `"${record.version}"` } });
      await this.load();
      this.status.textContent = this.t.removed;
    } catch (error) {
      this.alert.replaceChildren(problemNode(this.t, error));
      button.disabled = false;
    }
  }
}

class PoliceReportsPage extends HTMLElement {
  #context = null;
  #run = 0;

  set context(value) {
    this.#context = value; // set before insertion, and again (a new object) on a language switch
    this.render();
  }

  async render(message) {
    const ctx = this.#context;
    if (!ctx) return;
    const run = ++this.#run;
    const t = TEXTS[ctx.locale] ?? TEXTS.nl;
    this.replaceChildren(el('p', t.loading, { role: 'status' }));
    let page;
    try {
      page = await call(ctx, '/reports?limit=200');
    } catch (error) {
      if (run === this.#run) this.replaceChildren(problemNode(t, error));
      return;
    }
    if (run !== this.#run) return;
    const alert = el('div');
    const status = el('p', message || '', { role: 'status', class: 'muted' });
    const followUp = el('div');
    if (page.items.length === 0) {
      this.replaceChildren(el('p', t.intro, { class: 'hint' }), el('p', t.none, { class: 'muted' }));
      return;
    }
    const wrap = el('div', undefined, { class: 'table-wrap' });
    const table = el('table');
    table.append(el('caption', t.caption));
    const head = el('tr');
    for (const h of [t.reference, t.givenName, t.birthYear, t.reason, t.date, t.centreContact, t.state, t.acknowledgement, t.followUp]) {
      head.append(el('th', h, { scope: 'col' }));
    }
    table.appendChild(el('thead')).append(head);
    const body = table.appendChild(el('tbody'));
    for (const report of page.items) {
      const d = report.dataSet;
      const row = el('tr');
      const ack = el('td');
      if (report.state === 'REPORTED') {
        const button = el('button', t.acknowledge, { type: 'button', 'aria-label': t.acknowledgeOf(d.familyReference) });
        button.addEventListener('click', async () => {
          button.disabled = true;
          alert.replaceChildren();
          try {
            await call(ctx, `/reports/${encodeURIComponent(report.id)}/acknowledgement`,
              { method: 'POST', headers: { 'If-Match': `"${report.version}"` } });
            this.render(t.acknowledged);
          } catch (error) {
            alert.replaceChildren(problemNode(t, error));
            button.disabled = false;
          }
        });
        ack.append(button);
      } else {
        ack.textContent = formatDate(ctx.locale, report.acknowledgedAt);
      }
      const open = el('button', t.followUp, { type: 'button', class: 'secondary', 'aria-label': t.followUpOf(d.familyReference) });
      open.addEventListener('click', async () => {
        const section = await new FollowUps(ctx, t, report).load();
        followUp.replaceChildren(section);
        section.querySelector('h3')?.focus();
      });
      const action = el('td');
      action.append(open);
      row.append(
        el('th', d.familyReference, { scope: 'row' }),
        el('td', d.givenName),
        el('td', String(d.birthYear)),
        el('td', t.reasons[d.reason] ?? d.reason),
        el('td', formatDate(ctx.locale, d.date)),
        el('td', d.centreContact),
        el('td', t.states[report.state] ?? report.state),
        ack,
        action);
      body.append(row);
    }
    wrap.append(table);
    this.replaceChildren(el('p', t.intro, { class: 'hint' }), alert, status, wrap, followUp);
  }
}

if (!customElements.get('pol-reports-page')) customElements.define('pol-reports-page', PoliceReportsPage);
