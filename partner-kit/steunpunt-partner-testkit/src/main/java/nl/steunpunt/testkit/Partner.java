package nl.steunpunt.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner under test, as deployed on the {@link Steunpunt} platform: its routes below {@code
 * /api/v1/partners/<id>}, called as a demo user, and the platform's view of it (delivery cursor,
 * audit).
 */
public final class Partner {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern CURSOR = Pattern.compile("cursor (\\d+) of (\\d+)");

  private final Steunpunt platform;
  private final String id;
  private final List<KarBundle> bundles;

  Partner(Steunpunt platform, String id, List<KarBundle> bundles) {
    this.platform = platform;
    this.id = id;
    this.bundles = List.copyOf(bundles);
  }

  /** The partner id, as the grant names it. */
  public String id() {
    return id;
  }

  /** {@code /api/v1/partners/<id>} and then {@code path}. */
  public String path(String path) {
    return "/api/v1/partners/" + id + path;
  }

  /**
   * {@code GET} of one of the partner's routes as a demo user; {@code path} as {@code /summary}.
   */
  public Reply get(String user, String path) {
    return platform.as(user).get(path(path));
  }

  /** {@code POST} of JSON to one of the partner's routes as a demo user. */
  public Reply post(String user, String path, String json) {
    return platform.as(user).post(path(path), json);
  }

  /** Any request to one of the partner's routes; {@code ifMatch} may be null. */
  public Reply send(String user, String method, String path, String json, String ifMatch) {
    return platform.as(user).send(method, path(path), json, ifMatch);
  }

  /** What {@code steunpunt:partners --verbose} says of this partner. */
  public String status() {
    String all = platform.console("steunpunt:partners --verbose");
    int start = all.indexOf(id + "  kind ");
    if (start < 0) {
      return all;
    }
    int end = all.indexOf("\n\n", start);
    return all.substring(start, end < 0 ? all.length() : end);
  }

  /**
   * The platform's delivery cursor for this partner: the sequence of the last event it handed on or
   * passed over (one the grant does not disclose); empty while delivery to it never started.
   */
  public OptionalLong cursor() {
    return cursorIn(status());
  }

  /** The cursor in the text {@code steunpunt:partners --verbose} prints of one partner. */
  static OptionalLong cursorIn(String status) {
    Matcher cursor = CURSOR.matcher(status);
    return cursor.find() ? OptionalLong.of(Long.parseLong(cursor.group(1))) : OptionalLong.empty();
  }

  /**
   * Waits until delivery has reached the event of {@code sequence}: the partner's listener was
   * given it (and returned without throwing) if the grant discloses it, or it was passed over.
   */
  public void awaitDelivery(long sequence) {
    Steunpunt.await(
        DELIVERY_TIMEOUT,
        "delivery of event " + sequence + " to " + id,
        () -> cursor().orElse(-1) >= sequence);
  }

  /**
   * The audit entries of events disclosed to this partner's bundles about a family, newest first:
   * every delivered event is one, and shows in the member's access report.
   */
  public List<JsonNode> disclosures(String familyId) {
    return platform.audit("family=" + familyId).stream()
        .filter(entry -> entry.path("action").asText().equals("DISCLOSE"))
        .filter(entry -> bundles.stream().anyMatch(b -> isChannelOf(entry, b)))
        .toList();
  }

  private static boolean isChannelOf(JsonNode entry, KarBundle bundle) {
    return entry.path("channel").asText().startsWith("bundle:" + bundle.symbolicName() + "/");
  }
}
