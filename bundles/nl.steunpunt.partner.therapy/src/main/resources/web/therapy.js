// /plugins/therapy-demo/therapy.js: the therapy provider's page: the members referred to it and,
// per member, the sessions held with their notes (the provider's own records, for its therapists).
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
import { api, define, el, field, formatDate, PartnerElement, RecordList, table } from './partner-kit.js';

const call = api('/api/v1/partners/therapy-demo');

const TEXTS = {
  nl: {
    loading: 'Bezig met laden…',
    failed: 'Het laden is mislukt.',
    intro:
      'Gezinsleden met een open verwijzing naar uw organisatie. Sessienotities zijn alleen voor therapeuten van uw organisatie.',
    caption: 'Verwezen gezinsleden',
    none: 'Er zijn geen open verwijzingen naar uw organisatie.',
    reference: 'Gezin',
    givenName: 'Voornaam',
    role: 'Rol in het gezin',
    birthYear: 'Geboortejaar',
    languages: 'Talen',
    referred: 'Verwezen op',
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
    roles: {
      PARENT: 'Ouder',
      GUARDIAN: 'Voogd',
      SIBLING: 'Broer of zus',
      CHILD_ABROAD: 'Kind in het buitenland',
      OTHER_RELATIVE: 'Ander familielid',
    },
  },
  en: {
    loading: 'Loading…',
    failed: 'Loading failed.',
    intro:
      'Family members with an open referral to your organisation. Session notes are for the therapists of your organisation only.',
    caption: 'Referred family members',
    none: 'There are no open referrals to your organisation.',
    reference: 'Family',
    givenName: 'Given name',
    role: 'Role in the family',
    birthYear: 'Birth year',
    languages: 'Languages',
    referred: 'Referred on',
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
    roles: {
      PARENT: 'Parent',
      GUARDIAN: 'Guardian',
      SIBLING: 'Sibling',
      CHILD_ABROAD: 'Child abroad',
      OTHER_RELATIVE: 'Other relative',
    },
  },
};

/** The sessions with one referred member: the notes so far and a form to record (or change) one. */
function sessions(ctx, t, referral) {
  return new RecordList(ctx, t, call, {
    heading: t.sessionsOf(referral.givenName, referral.familyReference),
    empty: t.noSessions,
    path: `/members/${encodeURIComponent(referral.memberId)}/sessions`,
    recordPath: (id) => `/sessions/${encodeURIComponent(id)}`,
    meta: (s) => `${formatDate(ctx.locale, s.date)} · ${t.kinds[s.kind] ?? s.kind}`,
    text: (s) => s.note,
    form: () => {
      const date = el('input', undefined, { type: 'date', name: 'date', required: '' });
      const kind = el('select', undefined, { name: 'kind', required: '' });
      for (const [value, label] of Object.entries(t.kinds)) kind.append(el('option', label, { value }));
      const note = el('textarea', undefined, { name: 'note', required: '', rows: '5', maxlength: '8000' });
      return {
        fields: [field(t.date, date), field(t.kind, kind), field(t.note, note)],
        fill: (s) => {
          date.value = s ? s.date : '';
          kind.value = s ? s.kind : 'INDIVIDUAL';
          note.value = s ? s.note : '';
        },
        value: () => ({ date: date.value, kind: kind.value, note: note.value }),
        focus: date,
      };
    },
  });
}

class TherapyReferralsPage extends PartnerElement {
  static texts = TEXTS;

  async draw(ctx, t, current) {
    const list = await call(ctx, '/referrals');
    if (!current()) return;
    if (list.items.length === 0) {
      this.replaceChildren(el('p', t.intro, { class: 'hint' }), el('p', t.none, { class: 'muted' }));
      return;
    }
    const shown = el('div');
    const rows = list.items.map((referral) => {
      const open = el('button', t.sessions, {
        type: 'button',
        class: 'secondary',
        'aria-label': t.sessionsOf(referral.givenName, referral.familyReference),
      });
      open.addEventListener('click', () => sessions(ctx, t, referral).showIn(shown));
      const action = el('td');
      action.append(open);
      const row = el('tr');
      row.append(
        el('th', referral.givenName, { scope: 'row' }),
        el('td', referral.familyReference),
        el('td', t.roles[referral.role] ?? referral.role),
        el('td', String(referral.birthYear)),
        el('td', (referral.languages || []).join(', ') || '—'),
        el('td', formatDate(ctx.locale, referral.openedAt)),
        el('td', formatDate(ctx.locale, referral.lastSessionHeld)),
        action,
      );
      return row;
    });
    const headers = [t.givenName, t.reference, t.role, t.birthYear, t.languages, t.referred, t.lastSession, t.sessions];
    this.replaceChildren(el('p', t.intro, { class: 'hint' }), table(t.caption, headers, rows), shown);
  }
}

define('therapy-demo-referrals-page', TherapyReferralsPage);
