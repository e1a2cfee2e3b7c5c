package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void statementsEndWithASemicolonAtTheEndOfALineAndCommentsAreSkipped() {
    assertThat(
            Migrations.statements(
                "-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)");
  }

  @Test
  void aFunctionBodyBetweenDollarQuotesIsOneStatement() {
    String script =
        "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$ LANGUAGE plpgsql;\nSELECT 1;\n";

    assertThat(Migrations.statements(script))
        .containsExactly(
            "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$ LANGUAGE plpgsql",
            "SELECT 1");
  }

  @Test
  void aScriptThatDoesNotEndItsLastStatementIsRefused() {
    assertThatThrownBy(() -> Migrations.statements("SELECT 1;\nSELECT 2\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDatabaseGetsEveryVersionOnceAndInOrder() {
    for (Dialect dialect : Dialect.values()) {
      List<Migrations.Script> scripts =
          Migrations.SCRIPTS.stream().filter(s -> s.dialects().contains(dialect)).toList();
      for (int i = 0; i < scripts.size(); i++) {
        // PostgreSQL-only versions (2, 7) are gaps on H2; no version is there twice.
        assertThat(scripts.get(i).file())
            .startsWith(String.format("%03d-", scripts.get(i).version()));
        if (i > 0) {
          assertThat(scripts.get(i).version()).isGreaterThan(scripts.get(i - 1).version());
        }
      }
    }
    assertThat(Migrations.SCRIPTS.stream().mapToInt(Migrations.Script::version).distinct().count())
        .isEqualTo(Migrations.SCRIPTS.get(Migrations.SCRIPTS.size() - 1).version());
  }

  @Test
  void erasureIsOneVersionInAFileForEachDatabase() {
    assertThat(Migrations.SCRIPTS)
        .filteredOn(s -> s.version() == 14)
        .extracting(Migrations.Script::dialects)
        .containsExactlyInAnyOrder(Set.of(Dialect.H2), Set.of(Dialect.POSTGRESQL));
  }

  @Test
  void everyListedScriptIsShippedAndSplitsIntoStatements() {
    for (Migrations.Script script : Migrations.SCRIPTS) {
      try (var in = Migrations.class.getResourceAsStream("migration/" + script.file())) {
        assertThat(in).as(script.file()).isNotNull();
        String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Migrations.statements(sql)).as(script.file()).isNotEmpty();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void securityReportsArePortable() {
    assertThat(Migrations.SCRIPTS)
        .filteredOn(s -> s.file().equals("008-security-reports.sql"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.dialects()).containsExactlyInAnyOrder(Dialect.H2, Dialect.POSTGRESQL));
  }
}
