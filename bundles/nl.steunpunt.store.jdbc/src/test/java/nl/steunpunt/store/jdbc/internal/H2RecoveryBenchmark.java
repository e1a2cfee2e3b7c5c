package nl.steunpunt.store.jdbc.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Side by side in one run: how many acknowledged commits H2 loses over a number of kills when it
 * opens a killed file with its own quick recovery, and when {@link H2Recovery} scans the file
 * first; and how long that scan takes, on the test's small file and on a large one. Writes a
 * Markdown table to the output; {@code src/bench/h2-recovery-benchmark.sh} runs it.
 *
 * <p>Arguments: kills per variant (default 20), rows of 4 KB for the large file (default 50,000,
 * about 200 MB).
 */
public final class H2RecoveryBenchmark {

  private H2RecoveryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    long bulkRows = args.length > 1 ? Long.parseLong(args[1]) : 50_000;
    Path folder = Files.createTempDirectory("h2-recovery-benchmark");
    try {
      Result own = run(folder.resolve("own"), kills, false, 0);
      Result scanned = run(folder.resolve("scanned"), kills, true, 0);
      Result large = run(folder.resolve("large"), 3, true, bulkRows);
      System.out.println(
          "| Opening a killed file | Kills | Acknowledged commits | Lost | Kills with a loss |"
              + " Scan ms (median, max) | File MiB at the end |");
      System.out.println("|---|---:|---:|---:|---:|---|---:|");
      System.out.println(own.row("H2's own quick recovery (baseline)"));
      System.out.println(scanned.row("scan first (`H2Recovery`, the store's way)"));
      System.out.println(large.row("scan first, on a large file"));
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private record Result(
      int kills, int acknowledged, int lost, int killsWithLoss, List<Long> scans, long fileBytes) {
    String row(String name) {
      List<Long> sorted = new ArrayList<>(scans);
      Collections.sort(sorted);
      String scan =
          sorted.isEmpty()
              ? "none"
              : sorted.get(sorted.size() / 2) + ", " + sorted.get(sorted.size() - 1);
      return String.format(
          "| %s | %d | %,d | %,d | %d | %s | %.0f |",
          name, kills, acknowledged, lost, killsWithLoss, scan, fileBytes / 1048576.0);
    }
  }

  private static Result run(Path folder, int kills, boolean scan, long bulkRows) throws Exception {
    Files.createDirectories(folder);
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    Random random = new Random(16);
    Set<Long> acknowledged = new HashSet<>();
    int lost = 0;
    int killsWithLoss = 0;
    List<Long> scans = new ArrayList<>();
    for (int kill = 0; kill < kills; kill++) {
      acknowledged.addAll(
          H2CommitWriter.runAndKill(url, 1500 + random.nextInt(2000), kill == 0 ? bulkRows : 0));
      if (scan) {
        long start = System.nanoTime();
        H2Recovery.beforeOpening(url);
        H2Recovery.closed(url);
        scans.add((System.nanoTime() - start) / 1_000_000);
      }
      Set<Long> present = H2CommitWriter.rows(url);
      long missing = acknowledged.stream().filter(id -> !present.contains(id)).count();
      lost += (int) missing;
      killsWithLoss += missing > 0 ? 1 : 0;
      // What is gone is counted once; the next kill is measured on what is there.
      acknowledged.retainAll(present);
    }
    long bytes = Files.size(folder.resolve("db.mv.db"));
    System.err.printf(
        "%s: %d kills, %d lost in %d kills%n", folder.getFileName(), kills, lost, killsWithLoss);
    return new Result(kills, total(acknowledged, lost), lost, killsWithLoss, scans, bytes);
  }

  private static int total(Set<Long> kept, int lost) {
    return kept.size() + lost;
  }
}
