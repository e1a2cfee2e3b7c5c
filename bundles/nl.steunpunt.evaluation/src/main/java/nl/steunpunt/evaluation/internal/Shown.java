package nl.steunpunt.evaluation.internal;

/**
 * A count as it may be published: either the count itself, or the mark of a suppressed cell, which
 * carries no value at all, so no rendering (JSON, CSV, {@code toString}) can leak it.
 */
sealed interface Shown permits Shown.Count, Shown.Suppressed {

  /** The mark of every suppressed cell, primary or complementary. */
  String MARK = "<5";

  /** The published text. */
  String text();

  /** A count that may be shown. */
  record Count(long value) implements Shown {
    @Override
    public String text() {
      return Long.toString(value);
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** A suppressed cell: deliberately without a value. */
  enum Suppressed implements Shown {
    CELL;

    @Override
    public String text() {
      return MARK;
    }

    @Override
    public String toString() {
      return MARK;
    }
  }
}
