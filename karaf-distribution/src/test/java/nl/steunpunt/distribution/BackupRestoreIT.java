package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * Backup and restore as the README tells the operator (issue 16): a platform in use is backed up
 * with {@code steunpunt:backup} while it runs, stopped; a fresh distribution is unpacked beside it,
 * {@code bin/steunpunt-restore} is run on the backup, and the restored platform answers the API
 * with the same data, its audit log holds the first platform's entries, and the chain verifies
 * against the anchors the first platform signed. On the embedded H2 and on PostgreSQL.
 */
public class BackupRestoreIT {

  @Test
  public void anH2BackupRestoredIntoAFreshDistributionAnswersTheSameAndItsChainVerifies()
      throws Exception {
    try (TestDatabase h2 = TestDatabase.h2()) {
      backUpAndRestore(h2);
    }
  }

  @Test
  public void aPostgresqlBackupRestoredIntoAFreshDistributionAnswersTheSameAndItsChainVerifies()
      throws Exception {
    try (TestDatabase postgres = TestDatabase.postgres("restore")) {
      backUpAndRestore(postgres);
    }
  }

  private static void backUpAndRestore(TestDatabase database) throws Exception {
    Path target = Path.of(System.getProperty("project.build.directory"));
    String name = database.name().toLowerCase(Locale.ROOT);
    Path work =
        target.resolve("restore-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
    Path backup = work.resolve("backup");
    Map<String, String> before;
    long checkedBefore;
    try (KarafProcess first = KarafProcess.unpack(work.resolve("first"), true)) {
      database.configure(first);
      first.start();
      servedOnceReady(first);
      // An audited read of every family shown, and a note of what the API answers.
      before = answers(first);
      checkedBefore = verification().get("checked").asLong();
      String console = Ssh.run("operator", "demo", "steunpunt:backup " + backup);
      assertThat(console).contains("Backup written to " + backup);
      first.stop();
    }
    database.moveAside();

    try (KarafProcess fresh = KarafProcess.unpack(work.resolve("fresh"), true)) {
      database.configure(fresh);
      Process restore = restore(fresh, backup, database);
      assertThat(restore.exitValue())
          .as(Files.readString(fresh.home().resolve("restore.log")))
          .isZero();
      fresh.start();
      servedOnceReady(fresh);

      assertThat(answers(fresh)).isEqualTo(before);
      JsonNode verification = verification();
      assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
      assertThat(verification.get("checked").asLong()).isGreaterThan(checkedBefore);
      // The first platform's reads are in the restored audit log.
      JsonNode audit =
          Http.json(
              Http.send("GET", "/api/v1/audit?user=teamlead&limit=200", "privacy", null, null));
      assertThat(audit.get("total").asLong()).isGreaterThanOrEqualTo(before.size());
      fresh.stop();

      // A second restore into the same distribution is refused: it has data now.
      assertThat(restore(fresh, backup, database).exitValue()).isNotZero();
    }
    KarafProcess.remove(work);
  }

  /**
   * As soon as {@code /health} says ready, the web face serves every path: Pax Web adds the
   * servlets to Jetty one by one after their components are active, the health servlet among the
   * first, and a path not served yet answers 404.
   */
  private static void servedOnceReady(KarafProcess karaf) throws IOException {
    for (String path :
        List.of(
            "/api/v1/families?limit=1",
            "/api/v1/tasks?limit=1",
            "/api/v1/reports?limit=1",
            "/api/v1/municipalities",
            "/api/v1/ui/extensions",
            "/ui/")) {
      HttpResponse<String> answer = Http.send("GET", path, "counsellor", null, null);
      assertThat(answer.statusCode())
          .as(() -> path + ": " + answer.body() + karaf.diagnosis())
          .isEqualTo(200);
    }
  }

  /** The team lead's list of families and each family as the API answers them, by path. */
  private static Map<String, String> answers(KarafProcess karaf) throws IOException {
    Map<String, String> answers = new LinkedHashMap<>();
    HttpResponse<String> list =
        Http.send("GET", "/api/v1/families?limit=100", "teamlead", null, null);
    assertThat(list.statusCode()).as(() -> list.body() + karaf.diagnosis()).isEqualTo(200);
    JsonNode page = Http.json(list);
    answers.put("families", page.get("items").toString());
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(family -> ids.add(family.get("id").asText()));
    for (String id : ids.subList(0, Math.min(10, ids.size()))) {
      for (String path : List.of("/api/v1/families/" + id, "/api/v1/families/" + id + "/members")) {
        answers.put(path, Http.send("GET", path, "teamlead", null, null).body());
      }
    }
    assertThat(ids).isNotEmpty();
    return answers;
  }

  private static JsonNode verification() throws IOException {
    return Http.json(Http.send("GET", "/api/v1/audit/verification", "privacy", null, null));
  }

  private static Process restore(KarafProcess karaf, Path backup, TestDatabase database)
      throws IOException, InterruptedException {
    ProcessBuilder script =
        new ProcessBuilder(
                "bash", karaf.home().resolve("bin/steunpunt-restore").toString(), backup.toString())
            .redirectErrorStream(true)
            .redirectOutput(karaf.home().resolve("restore.log").toFile());
    script.environment().put("JAVA_HOME", System.getProperty("java.home"));
    script.environment().putAll(database.clientEnvironment());
    Process process = script.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("bin/steunpunt-restore did not end within 5 minutes");
    }
    System.out.println(
        "bin/steunpunt-restore: "
            + Files.readString(karaf.home().resolve("restore.log"), StandardCharsets.UTF_8));
    return process;
  }
}
