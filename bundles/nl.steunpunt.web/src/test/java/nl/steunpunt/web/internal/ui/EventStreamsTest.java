package nl.steunpunt.web.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamsTest {

  private final EventStreams streams = new EventStreams(Runnable::run, 3);

  /** A stream that keeps what it was sent, and fails when told to. */
  private static final class Recorded implements EventStreams.Sink {
    final List<String> sent = new ArrayList<>();
    boolean broken;
    boolean closed;

    @Override
    public void write(String text) throws IOException {
      if (broken) {
        throw new IOException("Broken pipe");
      }
      sent.add(text);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void aNewStreamGetsTheCurrentVersionAtOnce() {
    Recorded sink = new Recorded();

    streams.open(sink, () -> 7);

    assertThat(sink.sent).containsExactly("event: extensions\ndata: {\"version\":7}\n\n");
  }

  @Test
  void everyChangeIsSentToEveryOpenStream() {
    Recorded one = new Recorded();
    Recorded two = new Recorded();
    streams.open(one, () -> 1);
    streams.open(two, () -> 1);

    streams.changed(2);

    assertThat(one.sent).last().isEqualTo("event: extensions\ndata: {\"version\":2}\n\n");
    assertThat(two.sent).hasSize(2);
  }

  @Test
  void aBurstOfChangesQueuedBeforeTheWriterRunsIsSentOnceWithTheLastVersion() {
    List<Runnable> queued = new ArrayList<>();
    EventStreams later = new EventStreams(queued::add, 3);
    Recorded sink = new Recorded();
    later.open(sink, () -> 1);
    for (long version = 2; version <= 9; version++) {
      later.changed(version);
    }

    queued.forEach(Runnable::run);

    assertThat(sink.sent)
        .containsExactly(
            "event: extensions\ndata: {\"version\":1}\n\n",
            "event: extensions\ndata: {\"version\":9}\n\n");
  }

  @Test
  void aChangeOnAnotherNodeIsSentWithoutAVersionOnceForABurst() {
    List<Runnable> queued = new ArrayList<>();
    EventStreams later = new EventStreams(queued::add, 3);
    Recorded sink = new Recorded();
    later.open(sink, () -> 1);
    later.elsewhere();
    later.elsewhere();

    queued.forEach(Runnable::run);

    assertThat(sink.sent)
        .containsExactly(
            "event: extensions\ndata: {\"version\":1}\n\n", "event: extensions\ndata: {}\n\n");
  }

  @Test
  void aKeepAliveIsAComment() {
    Recorded sink = new Recorded();
    streams.open(sink, () -> 1);

    streams.keepAlive();

    assertThat(sink.sent).last().isEqualTo(": keep-alive\n\n");
  }

  @Test
  void aStreamWhoseClientWentAwayIsClosedAndForgotten() {
    Recorded gone = new Recorded();
    Recorded staying = new Recorded();
    streams.open(gone, () -> 1);
    streams.open(staying, () -> 1);
    gone.broken = true;

    streams.keepAlive();
    streams.changed(2);

    assertThat(gone.closed).isTrue();
    assertThat(streams.size()).isEqualTo(1);
    assertThat(staying.sent).hasSize(3);
  }

  @Test
  void aStreamTheContainerEndedGetsNothingMore() {
    Recorded sink = new Recorded();
    streams.open(sink, () -> 1);

    streams.closed(sink);
    streams.changed(2);

    assertThat(sink.sent).hasSize(1);
    assertThat(streams.size()).isZero();
  }

  @Test
  void beyondTheMaximumAStreamIsRefusedAndClosingAllEndsEveryStream() {
    List<Recorded> sinks = List.of(new Recorded(), new Recorded(), new Recorded());
    sinks.forEach(s -> assertThat(streams.open(s, () -> 1)).isTrue());

    assertThat(streams.open(new Recorded(), () -> 1)).isFalse();

    streams.closeAll();

    assertThat(sinks).allMatch(s -> s.closed);
    assertThat(streams.size()).isZero();
  }

  @Test
  void theNumberOfOpenStreamsIsToldAtEveryOpenAndClose() {
    List<Integer> counts = new ArrayList<>();
    EventStreams counted = new EventStreams(Runnable::run, 3, counts::add);
    Recorded one = new Recorded();
    Recorded two = new Recorded();

    counted.open(one, () -> 1);
    counted.open(two, () -> 1);
    two.broken = true;
    counted.changed(2);
    counted.closed(one);
    counted.closed(one);

    assertThat(counts).containsExactly(1, 2, 1, 0);
  }
}
