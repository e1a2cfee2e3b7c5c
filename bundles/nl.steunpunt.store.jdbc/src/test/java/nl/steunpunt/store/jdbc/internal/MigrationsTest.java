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
}
