// /plugins/police/police.js: the police liaison's page: the reports addressed to the police (the
// minimal data set only), acknowledging receipt, and the police's own follow-up notes per report.
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
import { api, define, el, field, formatDate, PartnerElement, problemNode, RecordList, table } from './partner-kit.js';

const call = api('/api/v1/partners/police');

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
    reasons: {
      DEPARTURE_RISK: 'Risk of departure',
      DEPARTED: 'Departed',
      RETURN_EXPECTED: 'Return expected',
      RETURNED: 'Returned',
    },
  },
};

/** The follow-up of one report: the notes so far and a form to record (or change) one. */
function followUps(ctx, t, report) {
  return new RecordList(ctx, t, call, {
    heading: t.followUpOf(report.dataSet.familyReference),
    empty: t.noFollowUp,
    path: `/reports/${encodeURIComponent(report.id)}/follow-ups`,
    recordPath: (id) => `/follow-ups/${encodeURIComponent(id)}`,
    meta: (d) => formatDate(ctx.locale, d.date),
    text: (d) => d.note,
    form: () => {
      const date = el('input', undefined, { type: 'date', name: 'date', required: '' });
      const note = el('textarea', undefined, { name: 'note', required: '', rows: '4', maxlength: '4000' });
      return {
        fields: [field(t.date, date), field(t.note, note)],
        fill: (d) => {
          date.value = d ? d.date : '';
          note.value = d ? d.note : '';
        },
        value: () => ({ date: date.value, note: note.value }),
        focus: date,
      };
    },
  });
}

class PoliceReportsPage extends PartnerElement {
  static texts = TEXTS;

  async draw(ctx, t, current, message) {
    const page = await call(ctx, '/reports?limit=200');
    if (!current()) return;
    if (page.items.length === 0) {
      this.replaceChildren(el('p', t.intro, { class: 'hint' }), el('p', t.none, { class: 'muted' }));
      return;
    }
    const alert = el('div');
    const status = el('p', message || '', { role: 'status', class: 'muted' });
    const followUp = el('div');
    const rows = page.items.map((report) => {
      const d = report.dataSet;
      const ack = el('td');
      if (report.state === 'REPORTED') {
        const button = el('button', t.acknowledge, {
          type: 'button',
          'aria-label': t.acknowledgeOf(d.familyReference),
        });
        button.addEventListener('click', async () => {
          button.disabled = true;
          alert.replaceChildren();
          try {
            await call(ctx, `/reports/${encodeURIComponent(report.id)}/acknowledgement`, {
              method: 'POST',
              headers: { 'If-Match': `"${report.version}"` },
            });
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
      const open = el('button', t.followUp, {
        type: 'button',
        class: 'secondary',
        'aria-label': t.followUpOf(d.familyReference),
      });
      open.addEventListener('click', () => followUps(ctx, t, report).showIn(followUp));
      const action = el('td');
      action.append(open);
      const row = el('tr');
      row.append(
        el('th', d.familyReference, { scope: 'row' }),
        el('td', d.givenName),
        el('td', String(d.birthYear)),
        el('td', t.reasons[d.reason] ?? d.reason),
        el('td', formatDate(ctx.locale, d.date)),
        el('td', d.centreContact),
        el('td', t.states[report.state] ?? report.state),
        ack,
        action,
      );
      return row;
    });
    const headers = [
      t.reference,
      t.givenName,
      t.birthYear,
      t.reason,
      t.date,
      t.centreContact,
      t.state,
      t.acknowledgement,
      t.followUp,
    ];
    this.replaceChildren(el('p', t.intro, { class: 'hint' }), alert, status, table(t.caption, headers, rows), followUp);
  }
}

define('police-reports-page', PoliceReportsPage);
