package nl.steunpunt.core.internal.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.platform.PlatformMetrics;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.store.Meters;
import nl.steunpunt.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's metrics for the web face: renders the store's registry for an operator, and counts
 * the web face's requests (per route template) and open event streams.
 *
 * <p>A scrape is decided like the operator's other work ({@link OperatorAudit}): an operator the
 * platform issued, anyone else refused and the refusal audited. An allowed scrape is not audited:
 * it reads no personal data, and a scraper every 15 s would bury the audit log's entries about
 * people under its own (the console's {@code steunpunt:status} and the operator's alerts in {@code
 * /health} are not audited either).
 */
@Component
public final class CorePlatformMetrics implements PlatformMetrics {

  static final String REQUESTS = "http.server.requests";
  static final String STREAMS = "steunpunt.ui.streams.open";
  static final String OBJECT = "metrics";

  private static final List<String> METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  private final Meters meters;
  private final Cases cases;
  private final OperatorAudit operators;
  private final AtomicInteger streams = new AtomicInteger();

  @Activate
  public CorePlatformMetrics(
      @Reference Meters meters, @Reference Store store, @Reference Cases cases) {
    this(meters, cases, new OperatorAudit(store, Clock.systemUTC(), cases));
  }

  CorePlatformMetrics(Meters meters, Cases cases, OperatorAudit operators) {
    this.meters = meters;
    this.cases = cases;
    this.operators = operators;
    Gauge.builder(STREAMS, streams, AtomicInteger::get)
        .description("Server-sent event streams of the UI open on this node")
        .register(meters.registry());
  }

  @Override
  public String scrape(Actor actor) {
    cases.refuseOutsider("PlatformMetrics.scrape", "Only the platform reads its metrics.");
    operators.requireOperator(
        actor, Action.READ, OBJECT, "Only an operator reads the platform's metrics.");
    return meters.scrape();
  }

  @Override
  public void request(String method, String route, int status, Duration duration) {
    cases.refuseOutsider("PlatformMetrics.request", "Only the platform counts its requests.");
    Timer.builder(REQUESTS)
        .description("HTTP requests the web face answered, per route template")
        .tag("method", METHODS.contains(method) ? method : "OTHER")
        .tag("route", route == null ? "other" : route)
        .tag("status", status >= 100 && status <= 599 ? Integer.toString(status) : "other")
        .serviceLevelObjectives(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofMillis(2500),
            Duration.ofSeconds(5))
        .register(meters.registry())
        .record(duration);
  }

  @Override
  public void openStreams(int open) {
    cases.refuseOutsider("PlatformMetrics.openStreams", "Only the platform counts its streams.");
    streams.set(Math.max(0, open));
  }

  @Deactivate
  void deactivate() {
    MeterRegistry registry = meters.registry();
    for (String name : List.of(REQUESTS, STREAMS)) {
      registry.find(name).meters().forEach(registry::remove);
    }
  }
}
