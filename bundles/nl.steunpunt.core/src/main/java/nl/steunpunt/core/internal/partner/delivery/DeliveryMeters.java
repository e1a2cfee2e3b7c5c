package nl.steunpunt.core.internal.partner.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.Supplier;

/**
 * Event delivery in the platform's metrics, per partner (the partner id is the only tag): the
 * backlog and the failures in a row of every partner's cursor, on all nodes together (read from the
 * store once per scrape, so a partner that no node delivers to still shows its growing backlog),
 * and the events this node delivered and the deliveries that failed here.
 */
final class DeliveryMeters implements PartnerDelivery.Counts, AutoCloseable {

  static final String BACKLOG = "steunpunt.partner.delivery.backlog";
  static final String FAILING = "steunpunt.partner.delivery.consecutive.failures";
  static final String DELIVERED = "steunpunt.partner.delivery.delivered";
  static final String FAILURES = "steunpunt.partner.delivery.failures";
  static final String PARTNER = "partner";

  private final MeterRegistry registry;
  private final Supplier<List<DeliveryStatus>> status;
  private final MultiGauge backlog;
  private final MultiGauge failing;

  DeliveryMeters(MeterRegistry registry, Supplier<List<DeliveryStatus>> status) {
    this.registry = registry;
    this.status = status;
    this.backlog =
        MultiGauge.builder(BACKLOG)
            .baseUnit("events")
            .description("Events in the log beyond the partner's delivery cursor")
            .register(registry);
    this.failing =
        MultiGauge.builder(FAILING)
            .description("Failed deliveries to the partner in a row since its last success")
            .register(registry);
  }

  /** Reads every partner's cursor; partners without a cursor any more disappear. */
  void refresh() {
    List<DeliveryStatus> now = status.get();
    backlog.register(
        now.stream()
            .map(s -> MultiGauge.Row.of(Tags.of(PARTNER, s.partnerId()), s.backlog()))
            .toList(),
        true);
    failing.register(
        now.stream()
            .map(s -> MultiGauge.Row.of(Tags.of(PARTNER, s.partnerId()), s.failures()))
            .toList(),
        true);
  }

  @Override
  public void delivered(String partnerId) {
    counter(DELIVERED, "Events this node delivered to the partner", partnerId).increment();
  }

  @Override
  public void failed(String partnerId) {
    counter(FAILURES, "Deliveries to the partner that failed on this node", partnerId).increment();
  }

  private Counter counter(String name, String description, String partnerId) {
    return Counter.builder(name)
        .description(description)
        .tag(PARTNER, partnerId)
        .register(registry);
  }

  /** Removes every meter of event delivery. */
  @Override
  public void close() {
    backlog.register(List.of(), true);
    failing.register(List.of(), true);
    for (String name : List.of(DELIVERED, FAILURES)) {
      registry.find(name).meters().forEach(registry::remove);
    }
  }
}
