package nl.steunpunt.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.evaluation.ReportTally;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import org.junit.jupiter.api.Test;

/**
 * The suppression against a stronger reader than the one it is built with: a reader who knows every
 * shown cell and every sum of the grid, and solves them all together (linear algebra), not one line
 * at a time. On many generated years of the real indicator grid, full of small counts, no count
 * from 1 to 4 can be derived, shown or hidden.
 *
 * <p>A cell is derivable exactly when its unit vector lies in the row space of the sums restricted
 * to the unknown cells: then some combination of the sums isolates it. That is checked by rank.
 */
class SuppressionAgainstAnyReaderTest {

  private static final int YEARS = 2_000;

  @Test
  void noSmallCountOfTheIndicatorGridCanBeSolvedFromAllItsSumsTogether() {
    Random random = new Random(20261129L);
    int suppressedSeen = 0;
    for (int year = 0; year < YEARS; year++) {
      Indicators raw = randomYear(random);
      CountGrid grid = Published.grid(raw);
      Map<String, Shown> shown = Suppression.apply(grid);

      List<String> unknown = new ArrayList<>();
      for (String cell : grid.values().keySet()) {
        if (grid.isHidden(cell) || shown.get(cell) instanceof Shown.Suppressed) {
          unknown.add(cell);
        }
      }
      suppressedSeen += unknown.size();
      for (String cell : unknown) {
        if (Suppression.isSmall(grid.values().get(cell))) {
          assertThat(derivable(grid, unknown, cell))
              .as("year %d: %s = %d from %s", year, cell, grid.values().get(cell), shown)
              .isFalse();
        }
      }
    }
    assertThat(suppressedSeen).as("the generated years do need suppression").isGreaterThan(YEARS);
  }

  /** Whether the sums of the grid, with every shown cell known, determine {@code cell}. */
  private static boolean derivable(CountGrid grid, List<String> unknown, String cell) {
    List<double[]> rows = new ArrayList<>();
    for (List<String> line : grid.lines()) {
      double[] row = new double[unknown.size()];
      boolean any = false;
      // A line is total = sum of parts, the total last: parts +1, total -1.
      for (int i = 0; i < line.size(); i++) {
        int at = unknown.indexOf(line.get(i));
        if (at >= 0) {
          row[at] += i == line.size() - 1 ? -1 : 1;
          any = true;
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    int without = rank(rows, unknown.size());
    double[] target = new double[unknown.size()];
    target[unknown.indexOf(cell)] = 1;
    rows.add(target);
    return rank(rows, unknown.size()) == without;
  }

  /** The rank by Gaussian elimination; the entries are small integers, so 1e-9 is exact enough. */
  private static int rank(List<double[]> source, int columns) {
    double[][] m = source.stream().map(double[]::clone).toArray(double[][]::new);
    int rank = 0;
    for (int col = 0; col < columns && rank < m.length; col++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-9) {
          double factor = m[r][col] / m[rank][col];
          for (int c = col; c < columns; c++) {
            m[r][c] -= factor * m[rank][c];
          }
        }
      }
      rank++;
    }
    return rank;
  }

  /** A year of counts that add up, most of them small: 0 to 9, half of them 0 to 4. */
  private static Indicators randomYear(Random random) {
    EnumMap<Background, Long> backgrounds = new EnumMap<>(Background.class);
    long contact = 0;
    for (Background background : Background.values()) {
      long count = count(random);
      backgrounds.put(background, count);
      contact += count;
    }
    long full = contact == 0 ? 0 : random.nextLong(contact + 1);
    List<ReportTally> reports = new ArrayList<>();
    for (ReportReason reason : ReportReason.values()) {
      for (Recipient recipient : Recipient.values()) {
        long count = count(random);
        if (count > 0) {
          reports.add(new ReportTally(reason, recipient, count));
        }
      }
    }
    long moments = count(random);
    long inTime = moments == 0 ? 0 : random.nextLong(moments + 1);
    return new Indicators(
        Period.year(2020),
        contact,
        full,
        contact * 3,
        Map.copyOf(backgrounds),
        count(random),
        reports,
        moments,
        inTime,
        count(random),
        full == 0 ? 0 : random.nextLong(full + 1),
        OptionalDouble.empty());
  }

  private static long count(Random random) {
    return random.nextBoolean() ? random.nextInt(5) : random.nextInt(10);
  }
}
