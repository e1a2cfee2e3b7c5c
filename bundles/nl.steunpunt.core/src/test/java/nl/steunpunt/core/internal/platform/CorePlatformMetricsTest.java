package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.store.jdbc.internal.PrometheusMeters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who reads the metrics, and what the web face's requests and streams become in them. */
class CorePlatformMetricsTest {

  @TempDir Path folder;
  private CoreServices core;
  private PrometheusMeters meters;
  private CorePlatformMetrics metrics;

  @BeforeEach
  void open() throws Exception {
    core = new CoreServices(folder);
    meters = new PrometheusMeters();
    metrics =
        new CorePlatformMetrics(
            meters, core.cases, new OperatorAudit(core.store, Clock.systemUTC(), core.cases));
  }

  @AfterEach
  void close() throws Exception {
    metrics.deactivate();
    meters.registry().close();
    core.close();
  }

  private List<AuditEntry> metricsEntries() {
    return core
        .store
        .read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)))
        .items()
        .stream()
        .filter(e -> e.objectType().equals(CorePlatformMetrics.OBJECT))
        .toList();
  }

  @Test
  void anOperatorScrapesThePrometheusTextAndTheScrapeIsNotAudited() {
    String text = metrics.scrape(CoreServices.OPERATOR);

    assertThat(text).contains("# TYPE steunpunt_ui_streams_open gauge");
    assertThat(metricsEntries()).isEmpty();
  }

  @Test
  void everyoneButAnOperatorIsRefusedAndEachRefusalIsAudited() {
    assertThatThrownBy(() -> metrics.scrape(CoreServices.COUNSELLOR))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> metrics.scrape(CoreServices.PRIVACY_OFFICER))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(metricsEntries())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
  }

  @Test
  void requestsAreTimedPerRouteTemplateMethodAndStatus() {
    metrics.request("GET", "/api/v1/families/{id}", 200, Duration.ofMillis(30));
    metrics.request("GET", "/api/v1/families/{id}", 200, Duration.ofMillis(70));
    metrics.request("BREW", "other", 404, Duration.ofMillis(1));

    String text = metrics.scrape(CoreServices.OPERATOR);

    assertThat(text)
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/families/{id}\",status=\"200\"} 2")
        .contains(
            "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/families/{id}\",status=\"200\",le=\"0.05\"} 1")
        .contains("method=\"OTHER\",route=\"other\",status=\"404\"");
  }

  @Test
  void openStreamsAreAGauge() {
    metrics.openStreams(3);

    assertThat(metrics.scrape(CoreServices.OPERATOR)).contains("steunpunt_ui_streams_open 3.0");
  }
}
