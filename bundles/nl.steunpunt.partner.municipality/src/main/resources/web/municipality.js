// /plugins/gm0363/municipality.js: the municipality partner's page (its families in a full
// trajectory, the reports addressed to it, its coordination meetings) and its dashboard card.
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
import { api, define, el, field, formatDate, PartnerElement, problemNode, RecordList, table } from './partner-kit.js';

const call = api('/api/v1/partners/gm0363');

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
    reasons: {
      DEPARTURE_RISK: 'Risico op vertrek',
      DEPARTED: 'Vertrokken',
      RETURN_EXPECTED: 'Terugkeer verwacht',
      RETURNED: 'Teruggekeerd',
    },
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
    reasons: {
      DEPARTURE_RISK: 'Risk of departure',
      DEPARTED: 'Departed',
      RETURN_EXPECTED: 'Return expected',
      RETURNED: 'Returned',
    },
  },
};

/** The meetings of one family: a list and a form to record (or change) one. */
function meetings(ctx, t, family) {
  return new RecordList(ctx, t, call, {
    heading: t.meetingsOf(family.reference),
    empty: t.noMeetings,
    path: `/families/${encodeURIComponent(family.id)}/meetings`,
    recordPath: (id) => `/meetings/${encodeURIComponent(id)}`,
    meta: (m) => `${formatDate(ctx.locale, m.date)} · ${(m.participants || []).join(', ')}`,
    text: (m) => m.agreements,
    form: () => {
      const date = el('input', undefined, { type: 'date', name: 'date', required: '' });
      const participants = el('input', undefined, {
        type: 'text',
        name: 'participants',
        required: '',
        maxlength: '2000',
      });
      const agreements = el('textarea', undefined, { name: 'agreements', required: '', rows: '4', maxlength: '4000' });
      return {
        fields: [
          field(t.date, date),
          field(t.participants, participants, t.participantsHint),
          field(t.agreements, agreements),
        ],
        fill: (m) => {
          date.value = m?.date || '';
          participants.value = (m?.participants || []).join(', ');
          agreements.value = m?.agreements || '';
        },
        value: () => ({
          date: date.value,
          participants: participants.value
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p),
          agreements: agreements.value,
        }),
        focus: date,
      };
    },
  });
}

class MunicipalityPage extends PartnerElement {
  static texts = TEXTS;

  async draw(ctx, t, current) {
    const [families, reports] = await Promise.allSettled([
      call(ctx, '/families?limit=200'),
      call(ctx, '/reports?limit=200'),
    ]);
    if (!current()) return;
    const shown = el('div');
    this.replaceChildren(
      el('h2', t.families),
      families.status === 'fulfilled' ? this.families(ctx, t, families.value, shown) : problemNode(t, families.reason),
      shown,
      el('h2', t.reports),
      reports.status === 'fulfilled' ? this.reports(ctx, t, reports.value) : problemNode(t, reports.reason),
    );
  }

  families(ctx, t, page, shown) {
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
      const button = el('button', t.meetings, {
        type: 'button',
        class: 'secondary',
        'aria-label': t.showMeetings(family.reference),
      });
      button.addEventListener('click', () => meetings(ctx, t, family).showIn(shown));
      const action = el('td');
      action.append(button);
      row.append(
        el('th', family.reference, { scope: 'row' }),
        el('td', t.phases[family.phase] ?? family.phase ?? '—'),
        el('td', (family.teamContacts || []).join(', ') || '—'),
        taskCell,
        action,
      );
      return row;
    });
    const wrap = el('div', undefined, { class: 'stack' });
    wrap.append(
      el('p', t.shown(page.items.length, page.total), { class: 'hint' }),
      table(t.familiesCaption, [t.reference, t.phase, t.team, t.tasks, t.meetings], rows),
    );
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
        el('td', t.states[report.state] ?? report.state),
      );
      return row;
    });
    return table(
      t.reportsCaption,
      [t.reference, t.givenName, t.birthYear, t.reason, t.date, t.centreContact, t.state],
      rows,
    );
  }
}

class MunicipalityCard extends PartnerElement {
  static texts = TEXTS;

  async draw(ctx, t, current) {
    const summary = await call(ctx, '/summary');
    if (!current()) return;
    const list = el('ul', undefined, { class: 'stack' });
    for (const [n, label] of [
      [summary.families, t.cardFamilies],
      [summary.openTasks, t.cardTasks],
      [summary.reportsToAcknowledge, t.cardReports],
    ]) {
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
  }
}

define('gm0363-families-page', MunicipalityPage);
define('gm-municipality-card', MunicipalityCard);
