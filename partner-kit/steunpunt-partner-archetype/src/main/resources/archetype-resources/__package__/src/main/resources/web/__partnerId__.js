// /plugins/${partnerId}/${partnerId}.js: the page of partner ${partnerId} in the staff UI, in Dutch and English.
// The shell imports this module and mounts the element; DOM from createElement and textContent only
// (the shell's CSP forbids inline script and style). The kit's module beside it does the rest.
#[[import { api, define, el, PartnerElement, table } from './partner-kit.js';]]#

const PARTNER = '${partnerId}';
#[[
const call = api('/api/v1/partners/' + PARTNER);

const TEXTS = {
  nl: {
    loading: 'Bezig met laden…',
    failed: 'Het laden is mislukt.',
    intro: 'De gebeurtenissen die het platform deze partner sinds de laatste start heeft gemeld.',
    caption: 'Gebeurtenissen per soort',
    none: 'Nog geen gebeurtenissen ontvangen.',
    type: 'Soort',
    count: 'Aantal',
  },
  en: {
    loading: 'Loading…',
    failed: 'Loading failed.',
    intro: 'The events the platform told this partner since it last started.',
    caption: 'Events by type',
    none: 'No events received yet.',
    type: 'Type',
    count: 'Number',
  },
};

class SummaryPage extends PartnerElement {
  static texts = TEXTS;

  async draw(ctx, t, current) {
    const summary = await call(ctx, '/summary');
    if (!current()) return;
    const counts = Object.entries(summary.eventsSinceStart);
    if (counts.length === 0) {
      this.replaceChildren(el('p', t.intro, { class: 'hint' }), el('p', t.none, { class: 'muted' }));
      return;
    }
    const rows = counts.map(([type, count]) => {
      const row = el('tr');
      row.append(el('th', type, { scope: 'row' }), el('td', String(count)));
      return row;
    });
    this.replaceChildren(el('p', t.intro, { class: 'hint' }), table(t.caption, [t.type, t.count], rows));
  }
}

define(PARTNER + '-summary-page', SummaryPage);]]#
