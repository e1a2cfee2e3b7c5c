package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.platform.BackupReport;
import org.junit.jupiter.api.Test;

class BackupCommandTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final Actor operator =
      ISSUER.issue("op", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE);

  private Path asked;

  @Test
  void aBackupWrittenIsOneLineWithWhereWhatAndHowLong() {
    String answer =
        BackupCommand.backup(
            (actor, folder) -> {
              asked = folder;
              return new BackupReport(
                  Path.of("/backups/2026-12-05"),
                  "H2",
                  List.of("steunpunt.sql.gz", "audit-anchors.log", "SHA256SUMS"),
                  4711,
                  12,
                  123_456,
                  Duration.ofMillis(850));
            },
            Optional.of(operator),
            "backups/2026-12-05");

    assertThat(asked).isEqualTo(Path.of("backups/2026-12-05"));
    assertThat(answer)
        .isEqualTo(
            "Backup written to /backups/2026-12-05: H2, audit chain at position 4711, 12 anchors,"
                + " 123456 bytes in steunpunt.sql.gz, audit-anchors.log, SHA256SUMS, in 850 ms.");
  }

  @Test
  void aRefusalOrFailureIsOneLineWithoutAStack() {
    assertThat(
            BackupCommand.backup(
                (actor, folder) -> {
                  throw new AccessDeniedException("Only an operator makes backups.");
                },
                Optional.of(operator),
                "b"))
        .isEqualTo("Not allowed: Only an operator makes backups.");
    assertThat(
            BackupCommand.backup(
                (actor, folder) -> {
                  throw new IllegalArgumentException("The backup folder is not empty: /x");
                },
                Optional.of(operator),
                "b"))
        .isEqualTo("Not backed up: The backup folder is not empty: /x");
    assertThat(
            BackupCommand.backup(
                (actor, folder) -> {
                  throw new UnavailableException(
                      "The backup could not be written: see the log.", null);
                },
                Optional.of(operator),
                "b"))
        .isEqualTo("Not backed up: The backup could not be written: see the log.");
  }

  @Test
  void aConsoleUserWithoutAnOrganisationIsToldSoAndNothingIsWritten() {
    assertThat(
            BackupCommand.backup(
                (actor, folder) -> {
                  throw new AssertionError("no backup without an actor");
                },
                Optional.empty(),
                "b"))
        .startsWith("Cannot back up:");
  }
}
