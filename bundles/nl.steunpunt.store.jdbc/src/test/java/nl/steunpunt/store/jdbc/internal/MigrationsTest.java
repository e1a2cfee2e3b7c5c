package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void everyShippedScriptIsNumberedInOrder() {
    for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
      assertThat(Migrations.SCRIPTS.get(i).version()).isEqualTo(i + 1);
      assertThat(Migrations.SCRIPTS.get(i).file()).startsWith(String.format("%03d-", i + 1));
    }
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
