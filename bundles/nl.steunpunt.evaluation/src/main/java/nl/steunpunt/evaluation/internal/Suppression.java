package nl.steunpunt.evaluation.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-count suppression of a {@link CountGrid}, so that no count from 1 to 4 can be read or
 * derived from what is published.
 *
 * <ol>
 *   <li><b>Primary:</b> a cell (published or hidden) counting 1 to {@value #LARGEST_SUPPRESSED} is
 *       protected; a published one is suppressed.
 *   <li><b>Complementary:</b> a reader knows every shown cell and derives what the lines allow: a
 *       line with exactly one unknown cell gives that cell away, which then counts as known for the
 *       other lines (repeated until nothing more can be derived). When this derives a protected
 *       cell (a small one, or one suppressed before), the smallest non-zero shown cell of that line
 *       is suppressed as well (first in line order on a tie; a total is a candidate like any cell)
 *       and the whole check starts again, until nothing protected can be derived.
 * </ol>
 *
 * <p>Zero is shown. An empty cell names no one, and a line with a zero and one small cell still has
 * the small cell and the line's total suppressed (its only other non-zero cell). Suppressing zeros
 * too would hide most of a sparse table without protecting anyone. Every suppressed cell, primary
 * or complementary, shows the same mark: marking them differently would tell a reader that a
 * complementary cell is at least 5, which narrows the small cell beside it.
 */
final class Suppression {

  static final int LARGEST_SUPPRESSED = 4;

  private Suppression() {}

  /** Whether a count is small enough to be suppressed. */
  static boolean isSmall(long count) {
    return count >= 1 && count <= LARGEST_SUPPRESSED;
  }

  /** The published cells of the grid, in the order they were added, as they may be shown. */
  static Map<String, Shown> apply(CountGrid grid) {
    Map<String, Long> values = grid.values();
    Set<String> suppressed = new HashSet<>();
    Set<String> protectedCells = new HashSet<>();
    for (Map.Entry<String, Long> cell : values.entrySet()) {
      if (isSmall(cell.getValue())) {
        protectedCells.add(cell.getKey());
        if (!grid.isHidden(cell.getKey())) {
          suppressed.add(cell.getKey());
        }
      }
    }
    Optional<List<String>> revealing;
    while ((revealing = revealingLine(grid, suppressed, protectedCells)).isPresent()) {
      String next =
          revealing.get().stream()
              .filter(name -> !grid.isHidden(name) && !suppressed.contains(name))
              .filter(name -> values.get(name) > 0)
              .reduce((a, b) -> values.get(b) < values.get(a) ? b : a)
              .orElseThrow(
                  // The protected cell is not zero and every other cell of the line is known, so a
                  // non-zero one is among them; it is shown unless it is a hidden cell derived from
                  // another line, which the grids built here never have (each hidden cell is in one
                  // line only).
                  () -> new IllegalStateException("A line with no cell left to suppress"));
      suppressed.add(next);
      protectedCells.add(next);
    }
    Map<String, Shown> shown = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (!grid.isHidden(name)) {
            shown.put(
                name, suppressed.contains(name) ? Shown.Suppressed.CELL : new Shown.Count(value));
          }
        });
    return shown;
  }

  /** The first line through which a reader derives a protected cell, if any. */
  private static Optional<List<String>> revealingLine(
      CountGrid grid, Set<String> suppressed, Set<String> protectedCells) {
    Set<String> known = new HashSet<>();
    grid.values().keySet().stream()
        .filter(name -> !grid.isHidden(name) && !suppressed.contains(name))
        .forEach(known::add);
    boolean derived = true;
    while (derived) {
      derived = false;
      for (List<String> line : grid.lines()) {
        List<String> unknown = line.stream().filter(name -> !known.contains(name)).toList();
        if (unknown.size() == 1) {
          if (protectedCells.contains(unknown.get(0))) {
            return Optional.of(line);
          }
          known.add(unknown.get(0));
          derived = true;
        }
      }
    }
    return Optional.empty();
  }
}
