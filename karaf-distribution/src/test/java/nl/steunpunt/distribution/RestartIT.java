package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.Test;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * Creates a family through the REST API and logs in with the form, stops Karaf, starts it again,
 * and finds the family intact and the browser session still open. Pax Exam boots the real
 * distribution twice (server mode: this test talks to it over HTTP from outside); both boots use
 * the same database file.
 */
public class RestartIT {

  @Test
  public void aFamilyCreatedThroughTheApiAndABrowserSessionAreIntactAfterARestart()
      throws Exception {
    File database =
        new File(
            System.getProperty("project.build.directory"),
            "restart-" + UUID.randomUUID() + "/steunpunt");
    Option[] options =
        OptionUtils.combine(
            SteunpuntKaraf.options(true),
            editConfigurationFilePut(
                "etc/nl.steunpunt.store.cfg", "url", "jdbc:h2:file:" + database.getAbsolutePath()));

    String created;
    String location;
    String cookie;
    TestContainer first = start(options);
    try {
      HttpResponse<String> response =
          Http.send(
              Http.request("/api/v1/families", "counsellor", "demo")
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"municipality\":\"0363\",\"languages\":[\"ar\",\"nl\"],"
                              + "\"background\":\"MIGRANT_BACKGROUND\"}")));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      created = response.body();
      location = response.headers().firstValue("Location").orElseThrow();
      cookie = Http.formLogin("counsellor", "demo");
    } finally {
      first.stop();
    }

    TestContainer second = start(options);
    try {
      HttpResponse<String> again =
          Http.send(Http.request(java.net.URI.create(location).getPath(), "counsellor", "demo"));

      assertThat(again.statusCode()).isEqualTo(200);
      ObjectMapper json = new ObjectMapper();
      JsonNode before = json.readTree(created);
      JsonNode after = json.readTree(again.body());
      assertThat(after).isEqualTo(before);
      assertThat(after.get("reference").asText()).matches("F-\\d{4}-\\d{4}");
      // Sessions are in the database: a browser logged in before the restart still is.
      assertThat(Http.meWithCookie(cookie).statusCode())
          .as("the session after a restart")
          .isEqualTo(200);
    } finally {
      second.stop();
    }
  }

  private static TestContainer start(Option[] options) throws Exception {
    ExamSystem system = PaxExamRuntime.createServerSystem(options);
    TestContainer container = PaxExamRuntime.createContainer(system);
    container.start();
    Http.awaitHealthy();
    return container;
  }
}
