// /plugins/evaluation/evaluation.js: the evaluator's page. The suppressed indicators of the chosen
// years as a headline figure, tables and two SVG charts (each with a title, a description and a
// table with the same values), and the downloads. It shows only what the server published: it never
// derives a cell from a total and other cells, and never adds up a suppressed cell.
// DOM from createElement and textContent only: the shell's CSP forbids inline script and style.
import { api, define, el, field, PartnerElement, problemNode, table } from './partner-kit.js';
import { barChart, SUPPRESSED } from './evaluation-chart.js';
import { FIGURES, REASONS, RECIPIENTS, TEXTS } from './evaluation-texts.js';

const BASE = '/api/v1/partners/evaluation';
const call = api(BASE);
/** At most this many years at once, so the charts stay readable. */
const MAX_YEARS = 10;
/** The years the selectors offer, back from the current one. */
const OFFERED = 15;
const BLUE = '#1d5c96';
const ORANGE = '#a03a0c';
let ids = 0;

/** The bundle's stylesheet (chart sizing only), added to the document once. */
function stylesheet() {
  const href = new URL('./evaluation.css', import.meta.url).pathname;
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(el('link', undefined, { rel: 'stylesheet', href }));
  }
}

function query(range) {
  return `?fromYear=${range.from}&toYear=${range.to}`;
}

/** Each period of the answer as its year and its published cells (key → number, '<5' or null). */
function yearsOf(answer) {
  return answer.periods.map((period) => ({
    year: Number(period.from.slice(0, 4)),
    cells: new Map(period.indicators.map((i) => [i.indicator, i.value])),
  }));
}

/** The server's (English) definition per indicator, once each. */
function definitionsOf(answer) {
  const definitions = new Map();
  for (const i of answer.periods[0]?.indicators ?? []) definitions.set(i.indicator.split('.')[0], i.definition);
  return definitions;
}

class EvaluationPage extends PartnerElement {
  static texts = TEXTS;

  /** The chosen years, kept when the language changes. */
  range = null;
  #loads = 0;

  async draw(ctx, t, current) {
    stylesheet();
    const now = new Date().getFullYear();
    this.range ??= { from: now - 4, to: now };
    let answer = null;
    let failure = null;
    try {
      answer = await call(ctx, `/yearly${query(this.range)}`);
    } catch (error) {
      failure = error; // shown below the form, so another range can still be chosen
    }
    if (!current()) return;
    const results = el('div', undefined, { class: 'stack', 'data-testid': 'evaluation-results' });
    const status = el('p', '', { role: 'status', class: 'visually-hidden' });
    this.replaceChildren(this.form(ctx, t, results, status), status, results);
    if (failure) {
      results.replaceChildren(problemNode(t, failure));
    } else {
      this.show(ctx, t, results, answer);
    }
  }

  form(ctx, t, results, status) {
    const now = new Date().getFullYear();
    const select = (name, value) => {
      const control = el('select', undefined, { name });
      for (let year = now; year > now - OFFERED; year--)
        control.append(el('option', String(year), { value: String(year) }));
      control.value = String(value);
      return control;
    };
    const from = select('fromYear', this.range.from);
    const to = select('toYear', this.range.to);
    const button = el('button', t.show, { type: 'submit' });
    const alert = el('div', undefined, { class: 'form-alert', role: 'alert' });
    const buttons = el('div', undefined, { class: 'button-row' });
    buttons.append(button);
    const form = el('form', undefined, { class: 'filters', 'aria-label': t.period, 'data-testid': 'evaluation-range' });
    form.append(field(t.fromYear, from), field(t.toYear, to), buttons, alert);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const range = { from: Number(from.value), to: Number(to.value) };
      const valid = range.from <= range.to && range.to - range.from < MAX_YEARS;
      for (const control of [from, to]) {
        if (valid) control.removeAttribute('aria-invalid');
        else control.setAttribute('aria-invalid', 'true');
      }
      alert.replaceChildren(...(valid ? [] : [el('p', t.rangeInvalid(MAX_YEARS))]));
      alert.classList.toggle('visible', !valid);
      if (!valid) return;
      this.range = range;
      const run = ++this.#loads;
      button.disabled = true;
      status.textContent = t.loading;
      try {
        const answer = await call(ctx, `/yearly${query(range)}`);
        if (run !== this.#loads) return;
        this.show(ctx, t, results, answer);
        status.textContent = t.loaded(range.from, range.to);
      } catch (error) {
        if (run === this.#loads) {
          results.replaceChildren(problemNode(t, error));
          status.textContent = '';
        }
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  show(ctx, t, results, answer) {
    const years = yearsOf(answer);
    const span = years.length ? t.years(years[0].year, years[years.length - 1].year) : '';
    const number = new Intl.NumberFormat(ctx.locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
    const text = (value) =>
      typeof value === 'number' ? number.format(value) : value === SUPPRESSED ? SUPPRESSED : t.missing;
    const view = { t, years, span, number, text };
    results.replaceChildren(
      headline(view),
      section(
        t.figures,
        el('p', t.suppression, { class: 'notice', 'data-testid': 'suppression-note' }),
        figures(view, definitionsOf(answer)),
      ),
      section(t.overTime, overTime(view)),
      section(t.byReason, byReason(view)),
      section(t.reports, el('p', t.reportsHint, { class: 'hint' }), reports(view)),
      downloads(view, this.range),
    );
  }
}

function section(heading, ...parts) {
  const id = `ev-h-${++ids}`;
  const node = el('section', undefined, { class: 'stack', 'aria-labelledby': id });
  node.append(el('h2', heading, { id }), ...parts);
  return node;
}

/** The figure the programme is judged on, added up only when no year is suppressed. */
function headline({ t, years, span, number, text }) {
  const key = 'departuresAfterGuidanceStarted';
  const values = years.map((y) => y.cells.get(key));
  const id = `ev-h-${++ids}`;
  const card = el('section', undefined, {
    class: 'card stack',
    'aria-labelledby': id,
    'data-testid': 'evaluation-headline',
  });
  card.append(el('h2', t.headline, { id }));
  const figure = el('p', undefined, { 'data-testid': 'headline-figure' });
  if (values.length && values.every((v) => typeof v === 'number')) {
    // Published numbers only (each 0 or at least 5): their sum gives nothing away.
    figure.append(
      el('span', number.format(values.reduce((sum, v) => sum + v, 0)), { class: 'big-number' }),
      el('span', t.headlineTotal(span)),
    );
  } else {
    figure.textContent = t.headlineNoTotal;
  }
  const perYear = el('ul', undefined, { class: 'ev-years', 'aria-label': t.perYear });
  for (const y of years) {
    const item = el('li', undefined, { 'data-testid': 'headline-year' });
    item.append(
      el('span', text(y.cells.get(key)), { class: 'big-number' }),
      el('span', String(y.year), { class: 'muted' }),
    );
    perYear.append(item);
  }
  card.append(perYear, figure, el('p', t.headlineHint, { class: 'hint' }));
  return card;
}

/** A row header: the label and its short explanation. */
function rowHeader(label, explanation) {
  const th = el('th', undefined, { scope: 'row' });
  th.append(el('span', label), el('span', explanation, { class: 'hint ev-explanation' }));
  return th;
}

function figures({ t, years, span, text }, definitions) {
  const rows = FIGURES.map((key) => {
    const [label, explanation] = t.labels[key];
    const row = el('tr', undefined, { 'data-testid': 'figure-row', 'data-indicator': key });
    row.append(rowHeader(label, explanation));
    for (const y of years) {
      const value = y.cells.get(key);
      row.append(el('td', key === 'medianDaysToFullTrajectory' && value === null ? t.medianLeftOut : text(value)));
    }
    return row;
  });
  const list = el('dl');
  for (const [key, definition] of definitions) list.append(el('dt', key), el('dd', definition));
  const details = el('details');
  details.append(el('summary', t.definitions), list);
  const wrap = el('div', undefined, { class: 'stack' });
  wrap.append(
    scrollable(
      table(t.figuresCaption(span), [t.indicator, ...years.map((y) => String(y.year))], rows),
      t.figuresCaption(span),
    ),
    el('p', t.medianNote, { class: 'hint' }),
    details,
  );
  return wrap;
}

/**
 * The kit's table, its wrapper a labelled region that takes the focus: on a narrow screen it
 * scrolls sideways, and a keyboard user must be able to scroll it.
 */
function scrollable(wrap, label) {
  for (const [name, value] of Object.entries({ tabindex: '0', role: 'region', 'aria-label': label }))
    wrap.setAttribute(name, value);
  return wrap;
}

/** A table whose columns are grouped under a second header row (reason, then recipient). */
function groupedTable(caption, corner, groups, columns, rows) {
  const wrap = table(caption, [], rows);
  const head = wrap.querySelector('thead');
  const top = el('tr');
  const bottom = el('tr');
  top.append(el('th', corner, { scope: 'col', rowspan: '2' }));
  for (const group of groups) {
    top.append(el('th', group, { scope: 'colgroup', colspan: String(columns.length) }));
    for (const column of columns) bottom.append(el('th', column, { scope: 'col' }));
  }
  head.replaceChildren(top, bottom);
  return wrap;
}

/** A chart in a figure: the visible caption, the SVG, and its values as a table. */
function chartFigure(t, caption, chart, values, testid) {
  const figure = el('figure', undefined, { class: 'stack ev-figure', 'data-testid': testid });
  const box = el('div', undefined, { class: 'ev-chart' });
  box.append(chart);
  const details = el('details', undefined, { 'data-testid': `${testid}-table` });
  details.append(el('summary', t.tableOfChart), scrollable(values, caption));
  figure.append(el('figcaption', caption), box, details);
  return figure;
}

function yearRow(year, cells) {
  const row = el('tr', undefined, { 'data-testid': 'chart-row' });
  row.append(el('th', String(year), { scope: 'row' }), ...cells.map((c) => el('td', c)));
  return row;
}

function chartSpec({ t, number }, title, desc, series, panels, columns) {
  return {
    title,
    desc,
    series,
    panels,
    columns,
    format: (n) => number.format(n),
    suppressedLabel: t.suppressedMark,
    missing: t.missing,
  };
}

/** Chart 1: families with contact and with a full trajectory, per year. */
function overTime(view) {
  const { t, years, span, text } = view;
  const keys = { contact: 'familiesWithContact', full: 'familiesWithFullTrajectory' };
  const series = [
    { key: 'contact', ...t.series.contact, fill: BLUE },
    { key: 'full', ...t.series.full, fill: ORANGE },
  ];
  const said = years.map(
    (y) => `${y.year}: ${series.map((s) => `${s.label} ${text(y.cells.get(keys[s.key]))}`).join(', ')}`,
  );
  const chart = barChart(
    chartSpec(
      view,
      t.overTime,
      `${t.overTimeDesc} ${said.join('; ')}.`,
      series,
      [
        {
          groups: years.map((y) => ({
            label: String(y.year),
            values: { contact: y.cells.get(keys.contact), full: y.cells.get(keys.full) },
          })),
        },
      ],
      1,
    ),
  );
  const caption = t.overTimeCaption(span);
  const values = table(
    caption,
    [t.year, ...series.map((s) => s.label)],
    years.map((y) => yearRow(y.year, [text(y.cells.get(keys.contact)), text(y.cells.get(keys.full))])),
  );
  return chartFigure(t, caption, chart, values, 'chart-over-time');
}

/** Chart 2: the reports of each reason per year, a bar per recipient; only the published cells. */
function byReason(view) {
  const { t, years, span, text } = view;
  const cell = (y, reason, recipient) => y.cells.get(`reports.${reason}.${recipient}`);
  const fills = { MUNICIPALITY: BLUE, POLICE: ORANGE };
  const series = RECIPIENTS.map((r) => ({ key: r, ...t.series[r], fill: fills[r] }));
  const panels = REASONS.map((reason) => ({
    title: t.reasons[reason],
    groups: years.map((y) => ({
      label: String(y.year),
      values: Object.fromEntries(RECIPIENTS.map((r) => [r, cell(y, reason, r)])),
    })),
  }));
  const said = REASONS.map(
    (reason) =>
      `${t.reasons[reason]}: ${years
        .map((y) => `${y.year} ${RECIPIENTS.map((r) => `${t.recipients[r]} ${text(cell(y, reason, r))}`).join(', ')}`)
        .join('; ')}`,
  );
  const chart = barChart(
    chartSpec(view, t.byReason, `${t.byReasonDesc} ${said.join('. ')}.`, series, panels, years.length > 5 ? 1 : 2),
  );
  const caption = t.byReasonCaption(span);
  const rows = years.map((y) =>
    yearRow(
      y.year,
      REASONS.flatMap((reason) => RECIPIENTS.map((r) => text(cell(y, reason, r)))),
    ),
  );
  const values = groupedTable(
    caption,
    t.year,
    REASONS.map((reason) => t.reasons[reason]),
    RECIPIENTS.map((r) => t.series[r].label),
    rows,
  );
  return chartFigure(t, caption, chart, values, 'chart-by-reason');
}

/** Every published cell of the reports' table, totals included as the server published them. */
function reports({ t, years, span, text }) {
  const lines = [];
  for (const reason of REASONS) {
    for (const r of RECIPIENTS)
      lines.push([`reports.${reason}.${r}`, t.reportCell(t.reasons[reason], t.recipients[r])]);
  }
  for (const reason of REASONS) lines.push([`reports.${reason}.total`, t.reasonTotal(t.reasons[reason])]);
  for (const r of RECIPIENTS) lines.push([`reports.total.${r}`, t.recipientTotal(t.recipients[r])]);
  lines.push(['reports.total', t.reportsTotal]);
  const rows = lines.map(([key, label]) => {
    const row = el('tr', undefined, { 'data-testid': 'report-count-row', 'data-indicator': key });
    row.append(el('th', label, { scope: 'row' }), ...years.map((y) => el('td', text(y.cells.get(key)))));
    return row;
  });
  return scrollable(
    table(t.reportsCaption(span), [t.indicator, ...years.map((y) => String(y.year))], rows),
    t.reportsCaption(span),
  );
}

/** Plain links: a GET needs no CSRF token, and the session cookie goes with it. */
function downloads({ t, span }, range) {
  const list = el('ul', undefined, { class: 'button-row ev-downloads' });
  for (const [format, label] of [
    ['csv', t.csv(span)],
    ['json', t.json(span)],
  ]) {
    const item = el('li');
    item.append(
      el('a', label, {
        href: `${BASE}/export.${format}${query(range)}`,
        download: '',
        'data-testid': `export-${format}`,
      }),
    );
    list.append(item);
  }
  return section(t.downloads, el('p', t.downloadsHint, { class: 'hint' }), list);
}

define('evaluation-indicators-page', EvaluationPage);
