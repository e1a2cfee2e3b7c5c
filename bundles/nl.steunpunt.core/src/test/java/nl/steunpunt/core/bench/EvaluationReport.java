package nl.steunpunt.core.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation benchmark's Markdown: the data volumes per database, then the figures with the
 * target's verdict per evaluation row, and whether both databases gave the same indicators.
 */
final class EvaluationReport {

  private EvaluationReport() {}

  static String markdown(List<EvaluationBenchmark.Run> runs) {
    StringBuilder out = new StringBuilder();
    out.append("| data after loading |");
    runs.forEach(r -> out.append(' ').append(r.database()).append(" |"));
    out.append("\n|---|");
    runs.forEach(r -> out.append("---:|"));
    out.append('\n');
    for (String key : runs.get(0).volumes().keySet()) {
      out.append("| ").append(key).append(" |");
      runs.forEach(r -> out.append(' ').append(r.volumes().get(key)).append(" |"));
      out.append('\n');
    }
    out.append("| loading, ANALYZE included |");
    runs.forEach(r -> out.append(' ').append(r.load()).append(" |"));
    out.append("\n\n");

    out.append(
        "| Database | Operation | median (ms) | p95 (ms) | max (ms) | samples | target: p95 ≤ "
            + (int) EvaluationBenchmark.TARGET_MILLIS
            + " ms |\n");
    out.append("|---|---|---:|---:|---:|---:|---|\n");
    for (EvaluationBenchmark.Run run : runs) {
      for (EvaluationBenchmark.Timed row : run.rows()) {
        if (row.failure() != null) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %s | | | 0 | %s |%n",
                  run.database(),
                  row.operation(),
                  row.failure(),
                  row.evaluation() ? "**miss**" : ""));
          continue;
        }
        double p95 = ServiceBenchmark.percentile(row.millis(), 95);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %.1f | %.1f | %d | %s |%n",
                run.database(),
                row.operation(),
                ServiceBenchmark.percentile(row.millis(), 50),
                p95,
                row.millis()[row.millis().length - 1],
                row.millis().length,
                !row.evaluation()
                    ? ""
                    : p95 <= EvaluationBenchmark.TARGET_MILLIS ? "pass" : "**miss**"));
      }
    }
    out.append('\n');
    EvaluationBenchmark.Run first = runs.get(0);
    out.append(
        String.format(
            Locale.ROOT,
            "- The calls that returned gave the same indicators on %s: %s.%n",
            String.join(" and ", runs.stream().map(EvaluationBenchmark.Run::database).toList()),
            sameWhereAnswered(runs) ? "yes" : "**no**"));
    Map<String, Long> busiest =
        Map.of(
            "families with contact", byYear(first).familiesWithContact(),
            "departures after guidance started", byYear(first).departuresAfterGuidanceStarted(),
            "reports made", byYear(first).reports().stream().mapToLong(t -> t.count()).sum(),
            "critical moments", byYear(first).criticalMoments(),
            "siblings reviewed", byYear(first).siblingsReviewed());
    out.append(
        String.format(
            Locale.ROOT,
            "- The busiest year, %d, counted: %s.%n",
            first.busiestYear(),
            String.join(
                ", ",
                busiest.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList())));
    return out.toString();
  }

  private static nl.steunpunt.api.evaluation.Indicators byYear(EvaluationBenchmark.Run run) {
    return run.yearly().stream()
        .filter(i -> i.period().from().getYear() == run.busiestYear())
        .findFirst()
        .orElseThrow();
  }

  /** Each operation's first result agrees across the databases that gave one. */
  static boolean sameWhereAnswered(List<EvaluationBenchmark.Run> runs) {
    List<Object> reference = runs.get(0).results();
    return runs.stream()
        .allMatch(
            run ->
                java.util.stream.IntStream.range(0, reference.size())
                    .allMatch(
                        i ->
                            run.results().get(i) == null
                                || reference.get(i) == null
                                || run.results().get(i).equals(reference.get(i))));
  }
}
