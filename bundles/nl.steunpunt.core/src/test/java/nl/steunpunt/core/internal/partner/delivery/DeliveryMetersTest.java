package nl.steunpunt.core.internal.partner.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Delivery in the metrics: per partner, from the cursors, refreshed at each scrape. */
class DeliveryMetersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<DeliveryStatus> cursors = new ArrayList<>();
  private final DeliveryMeters meters = new DeliveryMeters(registry, () -> List.copyOf(cursors));

  private static DeliveryStatus status(String partner, long backlog, int failures) {
    return new DeliveryStatus(
        partner,
        100 - backlog,
        backlog,
        failures,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private double gauge(String name, String partner) {
    return registry.get(name).tags(Tags.of("partner", partner)).gauge().value();
  }

  @Test
  void theBacklogAndFailuresInARowOfEveryCursorAreGaugesPerPartner() {
    cursors.add(status("police", 12, 0));
    cursors.add(status("gm0363", 0, 4));

    meters.refresh();

    assertThat(gauge(DeliveryMeters.BACKLOG, "police")).isEqualTo(12);
    assertThat(gauge(DeliveryMeters.BACKLOG, "gm0363")).isZero();
    assertThat(gauge(DeliveryMeters.FAILING, "gm0363")).isEqualTo(4);
  }

  @Test
  void aGrowingBacklogShowsAtTheNextRefreshAndAPartnerWithoutCursorDisappears() {
    cursors.add(status("police", 1, 0));
    meters.refresh();
    cursors.set(0, status("police", 40, 2));
    cursors.add(status("therapy-demo", 3, 0));

    meters.refresh();
    assertThat(gauge(DeliveryMeters.BACKLOG, "police")).isEqualTo(40);
    assertThat(gauge(DeliveryMeters.FAILING, "police")).isEqualTo(2);

    cursors.remove(0);
    meters.refresh();
    assertThat(registry.find(DeliveryMeters.BACKLOG).tags("partner", "police").gauge()).isNull();
    assertThat(gauge(DeliveryMeters.BACKLOG, "therapy-demo")).isEqualTo(3);
  }

  @Test
  void deliveriesAndFailuresOnThisNodeAreCountedPerPartnerAndRemovedOnClose() {
    meters.delivered("police");
    meters.delivered("police");
    meters.failed("police");

    assertThat(registry.get(DeliveryMeters.DELIVERED).tag("partner", "police").counter().count())
        .isEqualTo(2);
    assertThat(registry.get(DeliveryMeters.FAILURES).tag("partner", "police").counter().count())
        .isEqualTo(1);

    meters.close();
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void theBacklogIsInThePrometheusTextWithThePartnerIdOnly() {
    var prometheus =
        new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
            io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
    cursors.add(status("police", 5, 1));
    DeliveryMeters scraped = new DeliveryMeters(prometheus, () -> List.copyOf(cursors));

    scraped.refresh();
    scraped.failed("police");

    assertThat(prometheus.scrape())
        .contains("steunpunt_partner_delivery_backlog_events{partner=\"police\"} 5.0")
        .contains("steunpunt_partner_delivery_consecutive_failures{partner=\"police\"} 1.0")
        .contains("steunpunt_partner_delivery_failures_total{partner=\"police\"} 1.0");
  }
}
