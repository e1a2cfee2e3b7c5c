package nl.steunpunt.distribution;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.steunpunt.distribution.benchpartner.BenchPartnerActivator;

/**
 * The benchmark partner's listener log, "sequence type receivedNanos" per line, read by the
 * benchmark in the same JVM: its end cheaply while waiting, all of it from an offset afterwards.
 */
final class ListenerLog {

  private ListenerLog() {}

  static Path file() {
    return Path.of(System.getProperty("karaf.data"), BenchPartnerActivator.LOG_FILE);
  }

  static long size() throws IOException {
    return Files.exists(file()) ? Files.size(file()) : 0;
  }

  /** The sequence of the last complete line; 0 when none. */
  static long lastSequence() throws IOException {
    if (!Files.exists(file())) {
      return 0;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "r")) {
      long length = raf.length();
      int tail = (int) Math.min(length, 256);
      byte[] bytes = new byte[tail];
      raf.seek(length - tail);
      raf.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return 0;
      }
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end);
      return Long.parseLong(line.substring(0, line.indexOf(' ')));
    }
  }

  /**
   * The sequences in a listener log, in the order received, repeats kept; complete lines only (the
   * listener may be writing the last one). Empty when there is no log.
   */
  static List<Long> sequences(Path log) throws IOException {
    List<Long> sequences = new ArrayList<>();
    if (Files.exists(log)) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
        if (!line.isBlank()) {
          sequences.add(Long.parseLong(line.substring(0, line.indexOf(' '))));
        }
      }
    }
    return sequences;
  }

  /** Sequence to receive time (nanoTime) of each event first given after the byte offset. */
  static Map<Long, Long> receivedSince(long offset) throws IOException {
    Map<Long, Long> received = new LinkedHashMap<>();
    if (!Files.exists(file())) {
      return received;
    }
    byte[] all = Files.readAllBytes(file());
    String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      String[] parts = line.split(" ");
      if (parts.length == 3) {
        received.putIfAbsent(Long.parseLong(parts[0]), Long.parseLong(parts[2]));
      }
    }
    return received;
  }
}
