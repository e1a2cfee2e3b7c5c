package nl.steunpunt.web.internal.ui;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * The open server-sent event streams of the UI and what is sent on them. Every write runs on one
 * writer (a single thread in production), so the events of a stream never interleave and arrive in
 * the order of the changes. A stream whose write fails is closed and forgotten.
 */
final class EventStreams {

  /** One open stream. */
  interface Sink {
    /** Writes and flushes the text. */
    void write(String text) throws IOException;

    /** Ends the stream; the client has gone or the platform stops. */
    void close();
  }

  static final String KEEP_ALIVE = ": keep-alive\n\n";

  /**
   * Another node's extensions changed: without a version, so the shell asks for the list again
   * (through the load balancer, from any node).
   */
  static final String ELSEWHERE = "event: extensions\ndata: {}\n\n";

  private final Set<Sink> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong latest = new AtomicLong();
  private final AtomicBoolean elsewhere = new AtomicBoolean();
  // Read and written on the writer only.
  private long sent;
  private final Executor writer;
  private final int max;
  private final IntConsumer counted;

  EventStreams(Executor writer, int max) {
    this(writer, max, open -> {});
  }

  /**
   * @param counted told the number of open streams after every change, for the metrics
   */
  EventStreams(Executor writer, int max, IntConsumer counted) {
    this.writer = writer;
    this.max = max;
    this.counted = counted;
  }

  static String extensionsEvent(long version) {
    return "event: extensions\ndata: {\"version\":" + version + "}\n\n";
  }

  /**
   * Opens a stream and sends it the version of the extensions at once.
   *
   * @return false when too many streams are open already (nothing is sent)
   */
  boolean open(Sink sink, LongSupplier currentVersion) {
    if (open.size() >= max) {
      return false;
    }
    // Added before the version is read, on the writer: a change in between is sent twice at
    // worst, never lost.
    open.add(sink);
    count();
    writer.execute(() -> send(sink, extensionsEvent(currentVersion.getAsLong())));
    return true;
  }

  /**
   * Tells every stream that the extensions changed. A burst of changes (a bundle with several
   * extensions stopping) that queues up before the writer runs is sent once, with the last version.
   */
  void changed(long version) {
    latest.accumulateAndGet(version, Math::max);
    writer.execute(
        () -> {
          long newest = latest.get();
          if (newest > sent) {
            sent = newest;
            open.forEach(s -> send(s, extensionsEvent(newest)));
          }
        });
  }

  /**
   * Tells every stream that the extensions changed on another node. A burst queued before the
   * writer runs is sent once.
   */
  void elsewhere() {
    if (elsewhere.compareAndSet(false, true)) {
      writer.execute(
          () -> {
            elsewhere.set(false);
            open.forEach(s -> send(s, ELSEWHERE));
          });
    }
  }

  /** Keeps idle connections (and proxies) from timing out. */
  void keepAlive() {
    writer.execute(() -> open.forEach(s -> send(s, KEEP_ALIVE)));
  }

  /** Forgets a stream the client or the container ended. */
  void closed(Sink sink) {
    if (open.remove(sink)) {
      count();
    }
  }

  /** Ends every stream. */
  void closeAll() {
    for (Sink sink : open) {
      open.remove(sink);
      sink.close();
    }
    count();
  }

  int size() {
    return open.size();
  }

  private void count() {
    try {
      counted.accept(open.size());
    } catch (RuntimeException ignored) {
      // Metrics never end a stream.
    }
  }

  private void send(Sink sink, String text) {
    if (!open.contains(sink)) {
      return;
    }
    try {
      sink.write(text);
    } catch (IOException | RuntimeException gone) {
      open.remove(sink);
      count();
      sink.close();
    }
  }
}
