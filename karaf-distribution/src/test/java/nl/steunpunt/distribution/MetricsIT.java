package nl.steunpunt.distribution;

import static nl.steunpunt.distribution.ReferencePartner.MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * {@code /metrics} in the real distribution (issue 19): only the operator reads it, as problems for
 * anyone else, and it holds the request, pool, delivery, seal, stream and login metrics without a
 * single identifier or user name of the requests that made them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT {

  @Inject BundleContext context;

  @Configuration
  public Option[] config() {
    return SteunpuntKaraf.options(true);
  }

  @Test
  public void metricsRefuseAnonymousWith401Problem() throws Exception {
    Http.awaitHealthy();

    HttpResponse<String> response = Http.send(Http.request("/metrics"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(Http.json(response).get("status").asInt()).isEqualTo(401);
  }

  @Test
  public void metricsRefuseAStaffUserWith403ProblemAndAuditTheRefusal() throws Exception {
    Http.awaitHealthy();

    HttpResponse<String> response = Http.send(Http.request("/metrics", "counsellor", "demo"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Http.json(response).get("status").asInt()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("# TYPE");
    await(
        () -> {
          JsonNode entries =
              Http.json(
                  Http.send(
                      "GET", "/api/v1/audit?limit=50&user=counsellor", "privacy", null, null));
          for (JsonNode entry : entries.get("items")) {
            if ("metrics".equals(entry.path("objectType").asText())
                && "DENIED".equals(entry.path("outcome").asText())) {
              return true;
            }
          }
          return false;
        },
        "the counsellor's refused scrape in the audit log");
  }

  @Test
  public void operatorReadsPrometheusTextWithRouteTemplatesAndNoIdsOrUserNames() throws Exception {
    Http.awaitHealthy();
    // Some API calls with ids in their paths, an unknown path, a failed login and a stream.
    String family =
        Http.json(Http.send("GET", "/api/v1/families?limit=1", "counsellor", null, null))
            .at("/items/0/id")
            .asText();
    assertThat(
            Http.send("GET", "/api/v1/families/" + family, "counsellor", null, null).statusCode())
        .isEqualTo(200);
    assertThat(
            Http.send("GET", "/api/v1/families/" + family + "/members", "counsellor", null, null)
                .statusCode())
        .isEqualTo(200);
    assertThat(Http.send("GET", "/no/such/path/" + family, "counsellor", null, null).statusCode())
        .isEqualTo(404);
    assertThat(Http.send(Http.request("/api/v1/me", "metrics-nobody", "wrong")).statusCode())
        .isEqualTo(401);
    // A partner with the timeline: its delivery has a cursor, so a backlog.
    MUNICIPALITY.deploy(context);
    String streamed = scrapeWithOpenStream();

    String[] lastScrape = {""};
    String text =
        await(
            () -> {
              lastScrape[0] = scrape().body();
              return lastScrape[0].contains("steunpunt_partner_delivery_backlog_events{")
                  ? lastScrape[0]
                  : null;
            },
            () ->
                "the municipality partner's delivery backlog in the metrics; steunpunt's were:\n"
                    + steunpuntLines(lastScrape[0])
                    + "\npartners:\n"
                    + partners());
    HttpResponse<String> last = scrape();
    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(last.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");

    assertThat(text)
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/families/{id}\",status=\"200\"}")
        .contains("route=\"/api/v1/families/{id}/members\"")
        .contains("route=\"other\",status=\"404\"")
        .contains("http_server_requests_seconds_bucket{")
        .contains("hikaricp_connections_active{pool=\"steunpunt\"}")
        .contains("hikaricp_connections_pending{pool=\"steunpunt\"}")
        .contains("steunpunt_partner_delivery_backlog_events{partner=\"gm0363\"}")
        .contains("steunpunt_partner_delivery_consecutive_failures{partner=\"gm0363\"}")
        .contains("steunpunt_audit_unsealed_entries ")
        .contains("steunpunt_audit_seal_lag_seconds ")
        .contains("steunpunt_ui_streams_open ")
        .contains("steunpunt_login_locks_total{key=\"user\"}")
        .contains("steunpunt_login_refused_total ")
        .contains("jvm_memory_used_bytes");
    assertThat(value(text, "steunpunt_login_failures_total")).isGreaterThanOrEqualTo(1);
    assertThat(value(streamed, "steunpunt_ui_streams_open")).isGreaterThanOrEqualTo(1);
    for (String scraped : List.of(text, streamed)) {
      assertThat(scraped)
          .doesNotContain(family)
          .doesNotContain("counsellor")
          .doesNotContain("operator")
          .doesNotContain("metrics-nobody")
          .doesNotContain("/no/such/path");
    }
  }

  @Test
  public void scrapesWriteNoAuditEntries() throws Exception {
    Http.awaitHealthy();
    assertThat(scrape().statusCode()).isEqualTo(200);

    for (int i = 0; i < 3; i++) {
      assertThat(scrape().statusCode()).isEqualTo(200);
    }

    JsonNode entries =
        Http.json(Http.send("GET", "/api/v1/audit?limit=200&user=operator", "privacy", null, null));
    for (JsonNode entry : entries.get("items")) {
      assertThat(entry.path("objectType").asText()).isNotEqualTo("metrics");
    }
  }

  private static HttpResponse<String> scrape() throws IOException {
    return Http.send(Http.request("/metrics", "operator", "demo"));
  }

  /** Scrapes while a counsellor's UI event stream is open. */
  private static String scrapeWithOpenStream() throws Exception {
    HttpResponse<InputStream> stream =
        java.net.http.HttpClient.newHttpClient()
            .send(
                Http.request("/api/v1/ui/events", "counsellor", "demo")
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream events = stream.body()) {
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(events.read()).isNotEqualTo(-1); // the first event: the stream is open
      return await(
          () -> {
            String body = scrape().body();
            return value(body, "steunpunt_ui_streams_open") >= 1 ? body : null;
          },
          "the open stream counted");
    }
  }

  /** The value of an untagged sample, or -1 when it is not there. */
  private static double value(String text, String name) {
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.eE+-]+)$").matcher(text);
    return sample.find() ? Double.parseDouble(sample.group(1)) : -1;
  }

  private static String partners() {
    try {
      return Ssh.run("operator", "demo", "steunpunt:partners --verbose");
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String steunpuntLines(String text) {
    return text.lines()
        .filter(line -> line.contains("steunpunt_") || line.contains("hikaricp_connections_active"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static <T> T await(Callable<T> probe, String what) throws Exception {
    return await(probe, () -> what);
  }

  private static <T> T await(Callable<T> probe, java.util.function.Supplier<String> what)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      T found = probe.call();
      if (found != null && !Boolean.FALSE.equals(found)) {
        return found;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not seen in time: " + what.get());
  }
}
