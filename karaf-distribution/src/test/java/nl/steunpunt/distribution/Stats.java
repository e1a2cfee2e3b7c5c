package nl.steunpunt.distribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Quantiles for the benchmarks' tables: nearest rank, 0 the least, 1 the greatest. */
final class Stats {

  private Stats() {}

  static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
