// /plugins/evaluation/evaluation-chart.js: grouped bar charts as SVG for the evaluator's page.
// Only published cells are drawn: a number as a bar with its value, a suppressed cell ("<5") as an
// outlined, hatched marker of fixed height labelled "<5" (never as a size), a missing value as a
// dash. Nothing is summed or derived. Styling by SVG attributes only (the shell's CSP).

const NS = 'http://www.w3.org/2000/svg';
const TEXT = '#1c2733';
const MUTED = '#4f5d6b';
const BAR = 22;
const BAR_GAP = 4;
const GROUP_GAP = 20;
const PLOT = 170;
const LEFT = 46;
const TOP = 34;
const BOTTOM = 46;
const LEGEND_LINE = 20;
const MARKER = 18;
let charts = 0;

/** The mark of a suppressed cell, as the server sends it. */
export const SUPPRESSED = '<5';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text; // text, never markup
  return node;
}

/** A round upper bound of the axis (at least 5) and its step (1, 2 or 5 times a power of ten), at most 5 steps. */
function axis(max) {
  const top = Math.max(5, max);
  const power = 10 ** Math.floor(Math.log10(top / 5));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s * 5 >= top);
  return { step, top: Math.ceil(top / step) * step };
}

/**
 * A grouped bar chart: an <svg role="img"> with <title> and <desc> (aria-labelledby), a legend,
 * and one or more panels (each a row of groups, each group a bar per series).
 *
 * spec: { title, desc, series: [{ key, label, mark, fill }], panels: [{ title?, groups: [{ label,
 * values: { [seriesKey]: number | '<5' | null } }] }], columns, format(number), suppressedLabel,
 * missing }
 */
export function barChart(spec) {
  const id = `ev-chart-${++charts}`;
  const n = spec.series.length;
  const groupWidth = n * BAR + (n - 1) * BAR_GAP;
  const groups = Math.max(...spec.panels.map((p) => p.groups.length), 1);
  const panelWidth = LEFT + groups * (groupWidth + GROUP_GAP) + GROUP_GAP / 2;
  const panelHeight = TOP + PLOT + BOTTOM;
  const columns = Math.min(spec.columns ?? 1, spec.panels.length);
  const rows = Math.ceil(spec.panels.length / columns);
  const width = columns * panelWidth + 10;
  const legendHeight = (n + 1) * LEGEND_LINE + 8;
  const height = legendHeight + rows * panelHeight;
  let max = 0;
  for (const panel of spec.panels) {
    for (const group of panel.groups) {
      for (const value of Object.values(group.values)) if (typeof value === 'number') max = Math.max(max, value);
    }
  }
  const { step, top } = axis(max);
  const scale = PLOT / top;

  const root = svg('svg', {
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
    'font-size': 12,
  });
  root.append(svg('title', { id: `${id}-title` }, spec.title), svg('desc', { id: `${id}-desc` }, spec.desc));
  const defs = svg('defs');
  const hatch = svg('pattern', {
    id: `${id}-hatch`,
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  hatch.append(
    svg('rect', { width: 6, height: 6, fill: '#ffffff' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: MUTED, 'stroke-width': 2 }),
  );
  defs.append(hatch);
  root.append(defs);
  root.append(legend(spec, id));

  spec.panels.forEach((panel, index) => {
    const x0 = (index % columns) * panelWidth;
    const y0 = legendHeight + Math.floor(index / columns) * panelHeight;
    const base = y0 + TOP + PLOT;
    const g = svg('g');
    if (panel.title)
      g.append(svg('text', { x: x0 + LEFT, y: y0 + 14, fill: TEXT, 'font-weight': 700, 'font-size': 13 }, panel.title));
    for (let tick = 0; tick <= top; tick += step) {
      const y = base - tick * scale;
      g.append(
        svg('line', {
          x1: x0 + LEFT,
          x2: x0 + panelWidth - 4,
          y1: y,
          y2: y,
          stroke: tick === 0 ? TEXT : '#d3dae1',
          'stroke-width': 1,
        }),
        svg('text', { x: x0 + LEFT - 6, y: y + 4, fill: MUTED, 'text-anchor': 'end' }, spec.format(tick)),
      );
    }
    panel.groups.forEach((group, gi) => {
      const gx = x0 + LEFT + GROUP_GAP / 2 + gi * (groupWidth + GROUP_GAP);
      spec.series.forEach((series, si) => {
        const x = gx + si * (BAR + BAR_GAP);
        const middle = x + BAR / 2;
        const value = group.values[series.key];
        let label;
        let labelY;
        if (typeof value === 'number') {
          const h = value * scale;
          if (h > 0) g.append(svg('rect', { x, y: base - h, width: BAR, height: h, fill: series.fill }));
          label = spec.format(value);
          labelY = base - h - 4;
        } else if (value === SUPPRESSED) {
          g.append(
            svg('rect', {
              x: x + 1,
              y: base - MARKER,
              width: BAR - 2,
              height: MARKER,
              fill: `url(#${id}-hatch)`,
              stroke: series.fill,
              'stroke-width': 2,
              'stroke-dasharray': '4 2',
            }),
          );
          label = SUPPRESSED;
          labelY = base - MARKER - 4;
        } else {
          label = spec.missing;
          labelY = base - 4;
        }
        g.append(
          svg('text', { x: middle, y: labelY, fill: TEXT, 'text-anchor': 'middle', 'font-size': 11 }, label),
          svg('text', { x: middle, y: base + 14, fill: MUTED, 'text-anchor': 'middle', 'font-size': 10 }, series.mark),
        );
      });
      g.append(svg('text', { x: gx + groupWidth / 2, y: base + 32, fill: TEXT, 'text-anchor': 'middle' }, group.label));
    });
    root.append(g);
  });
  return root;
}

/** Swatch, letter and name of each series, and the suppressed marker, one a line. */
function legend(spec, id) {
  const g = svg('g');
  let y = 4;
  const item = (attrs, text) => {
    g.append(
      svg('rect', { x: 4, y, width: 14, height: 14, ...attrs }),
      svg('text', { x: 24, y: y + 11, fill: TEXT }, text),
    );
    y += LEGEND_LINE;
  };
  for (const series of spec.series) item({ fill: series.fill }, `${series.mark}: ${series.label}`);
  item(
    { fill: `url(#${id}-hatch)`, stroke: MUTED, 'stroke-dasharray': '4 2' },
    `${SUPPRESSED}: ${spec.suppressedLabel}`,
  );
  return g;
}
