package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * After the last restart: how much of what the platform acknowledged is gone. Asks the platform
 * itself, over HTTP: the privacy officer's audit log first (the checks' own reads add entries, but
 * of other reads than the ones counted), then the counsellor's families and timelines.
 */
final class CrashCheck {

  private static final int PAGE = 200;

  private final Acknowledged acknowledged;
  private final int port;

  CrashCheck(Acknowledged acknowledged) {
    this(acknowledged, SteunpuntKaraf.HTTP_PORT);
  }

  /** Asks the platform at {@code port} on the loopback address. */
  CrashCheck(Acknowledged acknowledged, int port) {
    this.acknowledged = acknowledged;
    this.port = port;
  }

  /** Acknowledged reads of which no audit entry was found. */
  int unauditedReads() throws IOException {
    Map<Acknowledged.Read, Integer> audited = new HashMap<>();
    pages(
        "/api/v1/audit?user=counsellor",
        "privacy",
        entry -> {
          if (entry.get("action").asText().equals("READ")
              && entry.get("outcome").asText().equals("ALLOWED")
              && entry.hasNonNull("familyId")) {
            audited.merge(
                new Acknowledged.Read(
                    entry.get("objectType").asText(), entry.get("familyId").asText()),
                1,
                Integer::sum);
          }
        });
    int missing = 0;
    for (var read : acknowledged.reads().entrySet()) {
      missing += Math.max(0, read.getValue() - audited.getOrDefault(read.getKey(), 0));
    }
    return missing;
  }

  /** Acknowledged families the counsellor no longer finds. */
  int lostFamilies() throws IOException {
    Set<String> present = new HashSet<>();
    pages("/api/v1/families?", "counsellor", family -> present.add(family.get("id").asText()));
    return (int) acknowledged.families().stream().filter(f -> !present.contains(f)).count();
  }

  /** Acknowledged events missing from their trajectory's timeline. */
  int lostEvents() throws IOException {
    int lost = 0;
    for (var trajectory : acknowledged.events().entrySet()) {
      Set<Long> present = new HashSet<>();
      pages(
          "/api/v1/trajectories/" + trajectory.getKey() + "/events?",
          "counsellor",
          event -> present.add(event.get("sequence").asLong()));
      lost += (int) trajectory.getValue().stream().filter(s -> !present.contains(s)).count();
    }
    return lost;
  }

  /** The hash chain's verification, as the privacy officer asks for it. */
  JsonNode chain() throws IOException {
    HttpResponse<String> verification =
        Http.send(port, "GET", "/api/v1/audit/verification", "privacy", null, null);
    if (verification.statusCode() != 200) {
      throw new IllegalStateException("verification: " + verification.statusCode());
    }
    return Http.json(verification);
  }

  /** Every item of a paged list; a list that is not found (a lost trajectory) has none. */
  private void pages(String path, String user, Consumer<JsonNode> item) throws IOException {
    String separator = path.endsWith("?") ? "" : "&";
    for (int offset = 0; ; offset += PAGE) {
      HttpResponse<String> response =
          Http.send(
              port,
              "GET",
              path + separator + "limit=" + PAGE + "&offset=" + offset,
              user,
              null,
              null);
      if (response.statusCode() == 404) {
        return;
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + ": " + response.statusCode());
      }
      JsonNode page = Http.json(response);
      page.get("items").forEach(item);
      if (offset + PAGE >= page.get("total").asLong()) {
        return;
      }
    }
  }
}
