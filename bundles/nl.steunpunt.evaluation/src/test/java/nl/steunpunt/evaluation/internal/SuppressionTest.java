package nl.steunpunt.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which cells are suppressed, worked out by hand for each table. */
class SuppressionTest {

  private static final Shown X = Shown.Suppressed.CELL;

  /** A 2 × 2 table "t" with rows a, b and columns p, q. */
  private static Map<String, Shown> table(long ap, long aq, long bp, long bq) {
    return Suppression.apply(
        new CountGrid()
            .crossTable(
                "t", List.of("a", "b"), List.of("p", "q"), new long[][] {{ap, aq}, {bp, bq}}));
  }

  private static Shown n(long value) {
    return new Shown.Count(value);
  }

  @Test
  void aLoneSmallCountIsSuppressed() {
    Map<String, Shown> shown = Suppression.apply(new CountGrid().cell("members", 3));

    assertThat(shown).containsExactly(Map.entry("members", X));
  }

  @Test
  void largeCountsAreAllShown() {
    Map<String, Shown> shown = table(10, 20, 30, 40);

    assertThat(shown).doesNotContainValue(X).containsEntry("t.total", n(100));
  }

  @Test
  void aCountOfExactlyFiveIsShown() {
    Map<String, Shown> shown = Suppression.apply(new CountGrid().cell("members", 5));

    assertThat(shown).containsExactly(Map.entry("members", n(5)));
  }

  @Test
  void aSmallCellTakesTheSmallestCellOfItsRowAndColumnAndTheirCrossingWithIt() {
    // 3 | 10 | 13      suppressed: 3 (primary); 10 (row a), 30 (column p) and 40 (then row b
    // 30| 40 | 70      and column q each held one unknown): the four inner cells, totals shown.
    Map<String, Shown> shown = table(3, 10, 30, 40);

    assertThat(shown)
        .containsEntry("t.a.p", X)
        .containsEntry("t.a.q", X)
        .containsEntry("t.b.p", X)
        .containsEntry("t.b.q", X)
        .containsEntry("t.a.total", n(13))
        .containsEntry("t.b.total", n(70))
        .containsEntry("t.total.p", n(33))
        .containsEntry("t.total.q", n(50))
        .containsEntry("t.total", n(83));
  }

  @Test
  void aRowTotalThatWouldRevealTheSmallCellIsSuppressedWhenItsRowHasNothingElse() {
    // 3 | 0 | 3        the row total equals the small cell; the only other non-zero cell of
    // 30| 40| 70       row a is its total, so it goes; column p then needs 30, column q is
    //                  untouched (0 shown, 40 shown), row b has 30 unknown alone → 40 goes…
    Map<String, Shown> shown = table(3, 0, 30, 40);

    assertThat(shown)
        .containsEntry("t.a.p", X)
        .containsEntry("t.a.q", n(0))
        .containsEntry("t.a.total", X);
    assertNothingDerivable(shown, 3, 0, 30, 40);
  }

  @Test
  void twoSmallCellsInOneRowProtectEachOtherButNotInTheirColumns() {
    // 2 | 3 | 5        row a: two unknowns; columns p and q each need one more: 20 and 30.
    // 20| 30| 50
    Map<String, Shown> shown = table(2, 3, 20, 30);

    assertThat(shown)
        .containsEntry("t.a.p", X)
        .containsEntry("t.a.q", X)
        .containsEntry("t.b.p", X)
        .containsEntry("t.b.q", X)
        .containsEntry("t.a.total", n(5))
        .containsEntry("t.total", n(55));
    assertNothingDerivable(shown, 2, 3, 20, 30);
  }

  @Test
  void zerosAreShownAndNeverSuppressed() {
    Map<String, Shown> shown = table(0, 0, 0, 0);

    assertThat(shown).doesNotContainValue(X).containsEntry("t.total", n(0));
  }

  @Test
  void aLineOfOnlySmallCellsIsSuppressedWhole() {
    // 1 | 2 | 3        every cell and total of row a small: all suppressed; columns then need
    // 10| 20| 30       their row-b cells, and row b's total — check nothing is derivable.
    Map<String, Shown> shown = table(1, 2, 10, 20);

    assertThat(shown)
        .containsEntry("t.a.p", X)
        .containsEntry("t.a.q", X)
        .containsEntry("t.a.total", X);
    assertNothingDerivable(shown, 1, 2, 10, 20);
  }

  @Test
  void aTotalThatWouldRevealASuppressedCellIsNotShownBesideOnlyKnownCells() {
    // The case. Families by background with the total of families with contact:
    // Dutch origin 40, migrant background 3, not recorded 0, total 43. Showing 40, 0 and 43 gives
    // 3 away; the smallest other non-zero cell of the line, 40, is suppressed too.
    CountGrid grid =
        new CountGrid()
            .cell("contact", 43)
            .cell("dutch", 40)
            .cell("migrant", 3)
            .cell("notRecorded", 0)
            .line("contact", List.of("dutch", "migrant", "notRecorded"));

    assertThat(Suppression.apply(grid))
        .containsExactly(
            Map.entry("contact", n(43)),
            Map.entry("dutch", X),
            Map.entry("migrant", X),
            Map.entry("notRecorded", n(0)));
  }

  @Test
  void aHiddenDifferenceThatIsSmallSuppressesAShownCellOfItsLine() {
    // Families with contact 50, of which 47 with a full trajectory: the 3 without one are not
    // published, but 50 − 47 would give them away.
    CountGrid grid =
        new CountGrid()
            .cell("contact", 50)
            .cell("full", 47)
            .hiddenCell("notFull", 3)
            .line("contact", List.of("full", "notFull"));

    assertThat(Suppression.apply(grid))
        .containsExactly(Map.entry("contact", n(50)), Map.entry("full", X));
  }

  @Test
  void aSmallPartBesideALargeHiddenDifferenceNeedsNothingMore() {
    CountGrid grid =
        new CountGrid()
            .cell("contact", 50)
            .cell("full", 3)
            .hiddenCell("notFull", 47)
            .line("contact", List.of("full", "notFull"));

    assertThat(Suppression.apply(grid))
        .containsExactly(Map.entry("contact", n(50)), Map.entry("full", X));
  }

  @Test
  void aSuppressedCellShowsTheMarkAndNoValue() {
    assertThat(X.toString()).isEqualTo("<5");
    assertThat(X.text()).isEqualTo("<5");
  }

  /**
   * Brute force, as a reader would: every table of inner cells 0..45 that agrees with the shown
   * cells (a suppressed cell is never 0) leaves each small cell with more than one possible value.
   */
  private static void assertNothingDerivable(Map<String, Shown> shown, long... cells) {
    // The grid's order: a.p, a.q, a.total, b.p, b.q, b.total, total.p, total.q, total.
    long[] seen =
        shown.values().stream().mapToLong(s -> s == X ? -1 : ((Shown.Count) s).value()).toArray();
    int[] inner = {0, 1, 3, 4};
    for (int i = 0; i < 4; i++) {
      if (!Suppression.isSmall(cells[i])) {
        continue;
      }
      assertThat(seen[inner[i]]).isEqualTo(-1);
      java.util.Set<Long> possible = new java.util.HashSet<>();
      long[] v = new long[4];
      for (v[0] = 0; v[0] <= 45; v[0]++) {
        for (v[1] = 0; v[1] <= 45; v[1]++) {
          for (v[2] = 0; v[2] <= 45; v[2]++) {
            for (v[3] = 0; v[3] <= 45; v[3]++) {
              if (consistent(seen, v)) {
                possible.add(v[i]);
              }
            }
          }
        }
      }
      assertThat(possible).as("values a reader finds possible").hasSizeGreaterThan(1);
    }
  }

  private static boolean consistent(long[] seen, long[] v) {
    long[] all = {
      v[0],
      v[1],
      v[0] + v[1],
      v[2],
      v[3],
      v[2] + v[3],
      v[0] + v[2],
      v[1] + v[3],
      v[0] + v[1] + v[2] + v[3]
    };
    for (int i = 0; i < all.length; i++) {
      if (seen[i] >= 0 ? seen[i] != all[i] : all[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
