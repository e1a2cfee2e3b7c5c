package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.StaleVersionException;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.ReportReason;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class ReceivedReportsResourceTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private static final UUID REPORT = UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  private static final Instant AT = Instant.parse("2026-11-28T10:15:30Z");
  private static final String ACKNOWLEDGEMENT =
      "/api/v1/received-reports/" + REPORT + "/acknowledgement";

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);
  private final FakeReportService reports = new FakeReportService();
  private final ReceivedReportsServlet servlet = new ReceivedReportsServlet(json, reports);
  private final Actor liaison =
      ISSUER.issue("bram", Set.of(Role.POLICE_LIAISON), new Organisation("police"), Channel.WEB);

  private static ReceivedReport received(long version, Optional<Instant> acknowledgedAt) {
    return new ReceivedReport(
        REPORT,
        Recipient.POLICE,
        acknowledgedAt.isPresent() ? ReportState.ACKNOWLEDGED : ReportState.REPORTED,
        AT,
        new MinimalDataSet(
            "F-2026-0042",
            "Yusuf",
            2010,
            ReportReason.DEPARTURE_RISK,
            LocalDate.parse("2026-11-28"),
            "anna"),
        acknowledgedAt,
        version);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aReceivedReportShowsTheMinimalDataSetAndNothingElse() {
    reports.received = received(5, Optional.empty());

    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/received-reports").as(liaison));

    assertThat(response.status()).isEqualTo(200);
    JsonNode report = response.json().at("/items/0");
    assertThat(names(report))
        .containsExactly(
            "id", "recipient", "state", "reportedAt", "dataSet", "acknowledgedAt", "version");
    assertThat(names(report.get("dataSet")))
        .containsExactly(
            "familyReference", "givenName", "birthYear", "reason", "date", "centreContact");
    assertThat(report.toString())
        .isEqualTo(
            "{\"id\":\"886313e1-3b8a-5372-9b90-0c9aee199e5d\",\"recipient\":\"POLICE\","
                + "\"state\":\"REPORTED\",\"reportedAt\":\"2026-11-28T10:15:30Z\",\"dataSet\":"
                + "{\"familyReference\":\"F-2026-0042\",\"givenName\":\"Yusuf\",\"birthYear\":2010,"
                + "\"reason\":\"DEPARTURE_RISK\",\"date\":\"2026-11-28\",\"centreContact\":\"anna\"},"
                + "\"acknowledgedAt\":null,\"version\":5}");
    assertThat(response.json().get("total").asLong()).isEqualTo(1);
    assertThat(reports.actor).isEqualTo(liaison);
  }

  @Test
  void theReceivedReportsArePaged() {
    reports.received = received(5, Optional.empty());

    JsonNode page =
        FakeResponse.send(
                servlet, FakeRequest.get("/api/v1/received-reports?offset=10&limit=5").as(liaison))
            .json();

    assertThat(reports.page).isEqualTo(new PageRequest(10, 5));
    assertThat(page.get("offset").asInt()).isEqualTo(10);
    assertThat(page.get("limit").asInt()).isEqualTo(5);
  }

  @Test
  void aLimitOutOfRangeIsNamed() {
    JsonNode problem =
        FakeResponse.send(servlet, FakeRequest.get("/api/v1/received-reports?limit=0").as(liaison))
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("limit");
    assertThat(reports.called).isNull();
  }

  @Test
  void aReceivedReportIsAcknowledgedWithTheVersionRead() {
    reports.received = received(6, Optional.of(AT.plusSeconds(3_600)));

    FakeResponse response =
        FakeResponse.send(
            servlet, FakeRequest.post(ACKNOWLEDGEMENT).header("If-Match", "\"5\"").as(liaison));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"6\"");
    assertThat(response.json().get("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(response.json().get("acknowledgedAt").asText()).isEqualTo("2026-11-28T11:15:30Z");
    assertThat(reports.called).isEqualTo("acknowledgeReceived");
    assertThat(reports.id).isEqualTo(REPORT);
    assertThat(reports.expectedVersion).isEqualTo(5);
  }

  @Test
  void anAcknowledgementWithoutIfMatchIsPreconditionRequired() {
    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.post(ACKNOWLEDGEMENT).as(liaison));

    assertThat(response.status()).isEqualTo(428);
    assertThat(reports.called).isNull();
  }

  @Test
  void anAcknowledgementOfAStaleVersionFailsItsPrecondition() {
    reports.failure = new StaleVersionException("The report was changed.");

    FakeResponse response =
        FakeResponse.send(
            servlet, FakeRequest.post(ACKNOWLEDGEMENT).header("If-Match", "\"4\"").as(liaison));

    assertThat(response.status()).isEqualTo(412);
  }

  @Test
  void theListIsOnlyAGet() {
    FakeResponse response =
        FakeResponse.send(servlet, FakeRequest.post("/api/v1/received-reports").as(liaison));

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("GET");
  }
}
