package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash test's clients during one cycle: threads that, as the demo counsellor, create families,
 * record events on them and read them until stopped, and note in {@link Acknowledged} only what the
 * platform acknowledged. A request that fails (the platform was killed under it) acknowledged
 * nothing.
 */
final class CrashClients {

  private static final String NEW_FAMILY =
      "{\"municipality\":\"0363\",\"languages\":[\"nl\"],\"background\":\"MIGRANT_BACKGROUND\"}";

  private final Acknowledged acknowledged;
  private final int port;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = new ArrayList<>();

  private CrashClients(Acknowledged acknowledged, int port) {
    this.acknowledged = acknowledged;
    this.port = port;
  }

  static CrashClients start(Acknowledged acknowledged, int count) {
    return start(acknowledged, count, SteunpuntKaraf.HTTP_PORT);
  }

  /** Clients of the platform at {@code port} on the loopback address (a node or a balancer). */
  static CrashClients start(Acknowledged acknowledged, int count, int port) {
    CrashClients clients = new CrashClients(acknowledged, port);
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(clients::work, "crash-client-" + i);
      thread.setDaemon(true);
      clients.threads.add(thread);
      thread.start();
    }
    return clients;
  }

  /** Stops the clients and waits for them: their requests fail or end within the timeouts. */
  void stop() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join(60_000);
      if (thread.isAlive()) {
        throw new IllegalStateException(thread.getName() + " did not stop");
      }
    }
  }

  private void work() {
    while (running.get()) {
      try {
        double choice = ThreadLocalRandom.current().nextDouble();
        var family = acknowledged.anyFamily();
        if (family.isEmpty() || choice < 0.35) {
          create();
        } else if (choice < 0.7) {
          recordEvent(family.get());
        } else {
          read(family.get());
        }
      } catch (IOException killed) {
        // not acknowledged: nothing to note
      }
    }
  }

  private void create() throws IOException {
    HttpResponse<String> created =
        Http.send(port, "POST", "/api/v1/families", "counsellor", NEW_FAMILY, null);
    if (created.statusCode() != 201) {
      return;
    }
    String family = Http.json(created).get("id").asText();
    acknowledged.family(family);
    HttpResponse<String> trajectory =
        Http.send(
            port, "GET", "/api/v1/families/" + family + "/trajectory", "counsellor", null, null);
    if (trajectory.statusCode() == 200) {
      JsonNode body = Http.json(trajectory);
      if (family.equals(body.get("familyId").asText())) {
        acknowledged.read("trajectory", family);
        acknowledged.trajectory(family, body.get("id").asText());
      }
    }
  }

  private void recordEvent(String family) throws IOException {
    var trajectory = acknowledged.trajectoryOf(family);
    if (trajectory.isEmpty()) {
      return;
    }
    HttpResponse<String> recorded =
        Http.send(
            port,
            "POST",
            "/api/v1/trajectories/" + trajectory.get() + "/events",
            "counsellor",
            "{\"type\":\"SESSION_HELD\",\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\"}",
            null);
    if (recorded.statusCode() == 201) {
      acknowledged.event(trajectory.get(), Http.json(recorded).get("sequence").asLong());
    }
  }

  private void read(String family) throws IOException {
    HttpResponse<String> read =
        Http.send(port, "GET", "/api/v1/families/" + family, "counsellor", null, null);
    if (read.statusCode() == 200 && family.equals(Http.json(read).get("id").asText())) {
      acknowledged.read("family", family);
    }
  }
}
