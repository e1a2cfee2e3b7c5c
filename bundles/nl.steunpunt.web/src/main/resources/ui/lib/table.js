// Data tables: a caption, column headers with scope, and one row per item.
import { h } from './dom.js';

/**
 * columns: [{ label, cell(row) -> node|string, header?: true (row header), attrs?(row) -> attributes of the cell }]
 * rowAttrs(row) gives extra attributes such as data-testid.
 */
export function dataTable({ caption, columns, rows, rowAttrs = () => ({}), captionHidden = false }) {
  // The wrapper scrolls sideways on narrow screens, so keyboard users must be able to focus it.
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', { class: captionHidden ? 'visually-hidden' : null }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column) => h('th', { scope: 'col' }, column.label)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            rowAttrs(row),
            columns.map((column) =>
              column.header
                ? h('th', { scope: 'row', ...column.attrs?.(row) }, column.cell(row))
                : h('td', { ...column.attrs?.(row) }, column.cell(row)),
            ),
          ),
        ),
      ),
    ),
  );
}
