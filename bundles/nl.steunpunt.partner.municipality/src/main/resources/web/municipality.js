// /plugins/gm0363/municipality.js: the municipality partner's page (its families in a full
// trajectory, the reports addressed to it, its coordination meetings) and its dashboard card.
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
const BASE = '/api/v1/partners/gm0363';

const TEXTS = {
  nl: {
    loading: 'Bezig met laden…',
    failed: 'Het laden is mislukt.',
    families: 'Gezinnen in een traject',
    familiesCaption: 'Gezinnen van de gemeente in ondersteuning of nazorg',
    shown: (n, total) => `${n} van ${total} gezinnen`,
    noFamilies: 'Er zijn geen gezinnen van de gemeente in een traject.',
    reference: 'Referentie',
    phase: 'Fase',
    team: 'Contact in het team',
    tasks: 'Acties voor de gemeente',
    noTasks: 'Geen',
    meetings: 'Overleggen',
    meetingsOf: (ref) => `Overleggen over ${ref}`,
    showMeetings: (ref) => `Overleggen van ${ref}`,
    noMeetings: 'Nog geen overleggen vastgelegd.',
    date: 'Datum',
    participants: 'Deelnemers',
    participantsHint: 'Gescheiden door komma’s, bijvoorbeeld: gemeente, steunpunt',
    agreements: 'Afspraken',
    save: 'Overleg vastleggen',
    update: 'Wijziging opslaan',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    remove: 'Verwijderen',
    saved: 'Het overleg is vastgelegd.',
    removed: 'Het overleg is verwijderd.',
    reports: 'Meldingen aan de gemeente',
    reportsCaption: 'Veiligheidsmeldingen gericht aan de gemeente',
    noReports: 'Er zijn geen meldingen aan de gemeente.',
    givenName: 'Voornaam',
    birthYear: 'Geboortejaar',
    reason: 'Reden',
    state: 'Status',
    centreContact: 'Contact steunpunt',
    cardFamilies: 'gezinnen in een traject',
    cardTasks: 'open acties voor de gemeente',
    cardReports: 'meldingen te bevestigen',
    open: 'Naar de gezinnen',
    phases: { CONTACT: 'Contact', SUPPORT: 'Ondersteuning', AFTERCARE: 'Nazorg', CLOSED: 'Gesloten' },
    states: { REPORTED: 'Gemeld', ACKNOWLEDGED: 'Ontvangst bevestigd', CLOSED: 'Afgesloten' },
    reasons: { DEPARTURE_RISK: 'Risico op vertrek', DEPARTED: 'Vertrokken', RETURN_EXPECTED: 'Terugkeer verwacht', RETURNED: 'Teruggekeerd' },
  },
  en: {
    loading: 'Loading…',
    failed: 'Loading failed.',
    families: 'Families in a trajectory',
    familiesCaption: 'Families of the municipality in support or aftercare',
    shown: (n, total) => `${n} of ${total} families`,
    noFamilies: 'No family of the municipality is in a trajectory.',
    reference: 'Reference',
    phase: 'Phase',
    team: 'Team contact',
    tasks: 'Tasks for the municipality',
    noTasks: 'None',
    meetings: 'Meetings',
    meetingsOf: (ref) => `Meetings about ${ref}`,
    showMeetings: (ref) => `Meetings of ${ref}`,
    noMeetings: 'No meetings recorded yet.',
    date: 'Date',
    participants: 'Participants',
    participantsHint: 'Separated by commas, for example: municipality, centre',
    agreements: 'Agreements',
    save: 'Record meeting',
    update: 'Save change',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Delete',
    saved: 'The meeting was recorded.',
    removed: 'The meeting was deleted.',
    reports: 'Reports to the municipality',
    reportsCaption: 'Security reports addressed to the municipality',
    noReports: 'There are no reports to the municipality.',
    givenName: 'Given name',
    birthYear: 'Birth year',
    reason: 'Reason',
    state: 'State',
    centreContact: 'Centre contact',
    cardFamilies: 'families in a trajectory',
    cardTasks: 'open tasks for the municipality',
    cardReports: 'reports to acknowledge',
    open: 'To the families',
    phases: { CONTACT: 'Contact', SUPPORT: 'Support', AFTERCARE: 'Aftercare', CLOSED: 'Closed' },
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

/** An alert with the problem's detail and its field errors, never anything else of the error. */
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

function table(caption, headers, rows) {
  const wrap = el('div', undefined, { class: 'table-wrap' });
  const t = el('table');
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) head.append(el('th', h, { scope: 'col' }));
  t.appendChild(el('thead')).append(head);
  const body = t.appendChild(el('tbody'));
  for (const row of rows) body.append(row);
  wrap.append(t);
  return wrap;
}

function field(label, control, hint) {
  const id = `gm-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  const wrap = el('div', undefined, { class: 'field' });
  wrap.append(el('label', label, { for: id }), control);
  if (hint) {
    const p = el('p', hint, { class: 'hint', id: `${id}-hint` });
    control.setAttribute('aria-describedby', p.id);
    wrap.append(p);
  }
  return wrap;
}

/** The meetings of one family: a list and a form to record (or change) one. */
class Meetings {
  constructor(ctx, t, family) {
    this.ctx = ctx;
    this.t = t;
    this.family = family;
    this.node = el('section', undefined, { class: 'card stack' });
    this.status = el('p', '', { role: 'status', class: 'muted' });
    this.editing = null;
  }

  async load() {
    const { t } = this;
    this.node.replaceChildren(el('h3', t.meetingsOf(this.family.reference)), el('p', t.loading, { class: 'muted' }));
    try {
      const list = await call(this.ctx, `/families/${encodeURIComponent(this.family.id)}/meetings`);
      this.draw(list.items);
    } catch (error) {
      this.node.replaceChildren(el('h3', t.meetingsOf(this.family.reference)), problemNode(t, error));
    }
    return this.node;
  }

  draw(items) {
    const { t } = this;
    const list = items.length === 0 ? el('p', t.noMeetings, { class: 'muted' }) : el('ul', undefined, { class: 'stack' });
    for (const record of items) {
      const m = record.document;
      const item = el('li', undefined, { class: 'note' });
      item.append(
        el('p', `${formatDate(this.ctx.locale, m.date)} · ${(m.participants || []).join(', ')}`, { class: 'note-meta' }),
        el('p', m.agreements, { class: 'note-text' }));
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
    this.form = this.buildForm();
    this.node.replaceChildren(el('h3', t.meetingsOf(this.family.reference)), list, this.alert, this.form, this.status);
  }

  buildForm() {
    const { t } = this;
    const form = el('form', undefined, { class: 'stack' });
    this.date = el('input', undefined, { type: 'date', name: 'date', required: '' });
    this.participants = el('input', undefined, { type: 'text', name: 'participants', required: '', maxlength: '2000' });
    this.agreements = el('textarea', undefined, { name: 'agreements', required: '', rows: '4', maxlength: '4000' });
    this.submit = el('button', t.save, { type: 'submit' });
    this.cancel = el('button', t.cancel, { type: 'button', class: 'secondary' });
    this.cancel.hidden = true;
    this.cancel.addEventListener('click', () => this.fill(null));
    const buttons = el('div', undefined, { class: 'button-row' });
    buttons.append(this.submit, this.cancel);
    form.append(
      field(t.date, this.date),
      field(t.participants, this.participants, t.participantsHint),
      field(t.agreements, this.agreements),
      buttons);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    return form;
  }

  fill(record) {
    this.editing = record;
    const m = record ? record.document : {};
    this.date.value = m.date || '';
    this.participants.value = (m.participants || []).join(', ');
    this.agreements.value = m.agreements || '';
    this.submit.textContent = record ? this.t.update : this.t.save;
    this.cancel.hidden = !record;
    this.date.focus();
  }

  async save() {
    const body = JSON.stringify({
      date: this.date.value,
      participants: this.participants.value.split(',').map((p) => p.trim()).filter((p) => p),
      agreements: this.agreements.value,
    });
    this.submit.disabled = true;
    this.alert.replaceChildren();
    try {
      if (this.editing) {
        await call(this.ctx, `/meetings/${encodeURIComponent(this.editing.id)}`,
          { method: 'PUT', body, headers: { 'If-Match': `"${this.editing.version}"` } });
      } else {
        await call(this.ctx, `/families/${encodeURIComponent(this.family.id)}/meetings`, { method: 'POST', body });
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
      await call(this.ctx, `/meetings/${encodeURIComponent(record.id)}`,
        { method: 'DELETE', headers: { 'If-Match': `"${record.version}"` } });
      await this.load();
      this.status.textContent = this.t.removed;
    } catch (error) {
      this.alert.replaceChildren(problemNode(this.t, error));
      button.disabled = false;
    }
  }
}

class MunicipalityPage extends HTMLElement {
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
    const [families, reports] = await Promise.allSettled([
      call(ctx, '/families?limit=200'),
      call(ctx, '/reports?limit=200'),
    ]);
    if (run !== this.#run) return;
    const meetings = el('div');
    this.replaceChildren(
      el('h2', t.families),
      families.status === 'fulfilled' ? this.families(ctx, t, families.value, meetings) : problemNode(t, families.reason),
      meetings,
      el('h2', t.reports),
      reports.status === 'fulfilled' ? this.reports(ctx, t, reports.value) : problemNode(t, reports.reason));
  }

  families(ctx, t, page, meetings) {
    if (page.items.length === 0) return el('p', t.noFamilies, { class: 'muted' });
    const rows = page.items.map((family) => {
      const row = el('tr');
      const tasks = family.tasks || [];
      const taskCell = el('td');
      if (tasks.length === 0) {
        taskCell.textContent = t.noTasks;
      } else {
        const list = el('ul');
        for (const task of tasks) list.append(el('li', `${task.title} (${formatDate(ctx.locale, task.due)})`));
        taskCell.append(list);
      }
      const button = el('button', t.meetings, { type: 'button', class: 'secondary', 'aria-label': t.showMeetings(family.reference) });
      button.addEventListener('click', async () => {
        const section = await new Meetings(ctx, t, family).load();
        meetings.replaceChildren(section);
        section.querySelector('h3')?.setAttribute('tabindex', '-1');
        section.querySelector('h3')?.focus();
      });
      const action = el('td');
      action.append(button);
      row.append(
        el('th', family.reference, { scope: 'row' }),
        el('td', t.phases[family.phase] ?? family.phase ?? '—'),
        el('td', (family.teamContacts || []).join(', ') || '—'),
        taskCell,
        action);
      return row;
    });
    const wrap = el('div', undefined, { class: 'stack' });
    wrap.append(
      el('p', t.shown(page.items.length, page.total), { class: 'hint' }),
      table(t.familiesCaption, [t.reference, t.phase, t.team, t.tasks, t.meetings], rows));
    return wrap;
  }

  reports(ctx, t, page) {
    if (page.items.length === 0) return el('p', t.noReports, { class: 'muted' });
    const rows = page.items.map((report) => {
      const row = el('tr');
      const d = report.dataSet;
      row.append(
        el('th', d.familyReference, { scope: 'row' }),
        el('td', d.givenName),
        el('td', String(d.birthYear)),
        el('td', t.reasons[d.reason] ?? d.reason),
        el('td', formatDate(ctx.locale, d.date)),
        el('td', d.centreContact),
        el('td', t.states[report.state] ?? report.state));
      return row;
    });
    return table(t.reportsCaption, [t.reference, t.givenName, t.birthYear, t.reason, t.date, t.centreContact, t.state], rows);
  }
}

class MunicipalityCard extends HTMLElement {
  #context = null;
  #run = 0;

  set context(value) {
    this.#context = value;
    this.render();
  }

  async render() {
    const ctx = this.#context;
    if (!ctx) return;
    const run = ++this.#run;
    const t = TEXTS[ctx.locale] ?? TEXTS.nl;
    this.replaceChildren(el('p', t.loading, { role: 'status' }));
    try {
      const summary = await call(ctx, '/summary');
      if (run !== this.#run) return;
      const list = el('ul', undefined, { class: 'stack' });
      for (const [n, label] of [[summary.families, t.cardFamilies], [summary.openTasks, t.cardTasks], [summary.reportsToAcknowledge, t.cardReports]]) {
        const item = el('li');
        item.append(el('span', String(n), { class: 'big-number' }), el('span', label));
        list.append(item);
      }
      const link = el('a', t.open, { href: '#/municipality-families' });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        ctx.navigate('#/municipality-families');
      });
      this.replaceChildren(list, link);
    } catch (error) {
      if (run === this.#run) this.replaceChildren(problemNode(t, error));
    }
  }
}

if (!customElements.get('gm-municipality-page')) customElements.define('gm-municipality-page', MunicipalityPage);
if (!customElements.get('gm-municipality-card')) customElements.define('gm-municipality-card', MunicipalityCard);
