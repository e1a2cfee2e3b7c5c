package nl.steunpunt.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named counts and the sums that tie them together ("lines": a total and its parts, such as a row
 * of a table with its row total). A cell is <em>published</em> or <em>hidden</em>: a hidden cell is
 * never shown, but it is part of a line, because a reader can derive it (a total minus its shown
 * part) and so it must not give a small count away either.
 */
final class CountGrid {

  private final Map<String, Long> values = new LinkedHashMap<>();
  private final Map<String, Boolean> hidden = new LinkedHashMap<>();
  private final List<List<String>> lines = new ArrayList<>();

  /** Adds a published cell. */
  CountGrid cell(String name, long value) {
    return add(name, value, false);
  }

  /** Adds a cell that is not published but can be derived from its line. */
  CountGrid hiddenCell(String name, long value) {
    return add(name, value, true);
  }

  /** Adds a line: {@code total} is the sum of {@code parts}; every name must be a cell already. */
  CountGrid line(String total, List<String> parts) {
    List<String> line = new ArrayList<>(parts);
    line.add(total);
    for (String name : line) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("Unknown cell in a line");
      }
    }
    lines.add(List.copyOf(line));
    return this;
  }

  /**
   * Adds a cross table: a cell {@code prefix.row.column} per row and column, the totals {@code
   * prefix.row.total}, {@code prefix.total.column} and {@code prefix.total}, and its lines (every
   * row and every column with its total, the row of column totals and the column of row totals).
   */
  CountGrid crossTable(String prefix, List<String> rows, List<String> columns, long[][] counts) {
    long grand = 0;
    long[] columnTotals = new long[columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      long rowTotal = 0;
      for (int c = 0; c < columns.size(); c++) {
        cell(prefix + "." + rows.get(r) + "." + columns.get(c), counts[r][c]);
        rowTotal += counts[r][c];
        columnTotals[c] += counts[r][c];
      }
      cell(prefix + "." + rows.get(r) + ".total", rowTotal);
      grand += rowTotal;
    }
    for (int c = 0; c < columns.size(); c++) {
      cell(prefix + ".total." + columns.get(c), columnTotals[c]);
    }
    cell(prefix + ".total", grand);
    List<String> rowTotals = new ArrayList<>();
    for (String row : rows) {
      lines.add(
          withTotal(
              columns.stream().map(c -> prefix + "." + row + "." + c).toList(),
              prefix + "." + row + ".total"));
      rowTotals.add(prefix + "." + row + ".total");
    }
    List<String> columnTotalNames = new ArrayList<>();
    for (String column : columns) {
      lines.add(
          withTotal(
              rows.stream().map(r -> prefix + "." + r + "." + column).toList(),
              prefix + ".total." + column));
      columnTotalNames.add(prefix + ".total." + column);
    }
    lines.add(withTotal(rowTotals, prefix + ".total"));
    lines.add(withTotal(columnTotalNames, prefix + ".total"));
    return this;
  }

  Map<String, Long> values() {
    return values;
  }

  boolean isHidden(String name) {
    return hidden.get(name);
  }

  List<List<String>> lines() {
    return lines;
  }

  private CountGrid add(String name, long value, boolean isHidden) {
    if (value < 0) {
      throw new IllegalArgumentException("A count is not negative");
    }
    if (values.putIfAbsent(name, value) != null) {
      throw new IllegalArgumentException("A cell is added once");
    }
    hidden.put(name, isHidden);
    return this;
  }

  private static List<String> withTotal(List<String> parts, String total) {
    List<String> line = new ArrayList<>(parts);
    line.add(total);
    return List.copyOf(line);
  }
}
