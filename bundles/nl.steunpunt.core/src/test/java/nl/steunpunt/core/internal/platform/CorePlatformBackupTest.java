package nl.steunpunt.core.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.platform.BackupReport;
import nl.steunpunt.core.internal.family.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's backup on the real H2 store: operators only, audited before it is written. */
class CorePlatformBackupTest {

  @TempDir Path folder;
  private CoreServices core;
  private CorePlatformBackup backups;

  @BeforeEach
  void open() throws Exception {
    core = new CoreServices(folder.resolve("platform"));
    backups = new CorePlatformBackup(core.store, core.store, core.cases, Clock.systemUTC());
  }

  @AfterEach
  void close() throws Exception {
    core.close();
  }

  private List<AuditEntry> backupEntries() {
    return core
        .store
        .read(s -> s.audit().search(AuditSearch.ALL, new PageRequest(0, 100)))
        .items()
        .stream()
        .filter(e -> e.objectType().equals("backup"))
        .toList();
  }

  @Test
  void anOperatorsBackupIsAuditedAndHoldsTheDatabaseAndItsDigests() {
    Path target = folder.resolve("backup");

    BackupReport report = backups.backup(CoreServices.OPERATOR, target);

    assertThat(report.database()).isEqualTo("H2");
    assertThat(report.files()).contains("steunpunt.sql.gz", "backup.properties", "SHA256SUMS");
    assertThat(Files.exists(target.resolve("steunpunt.sql.gz"))).isTrue();
    List<AuditEntry> entries = backupEntries();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).action()).isEqualTo(Action.EXPORT);
    assertThat(entries.get(0).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(entries.get(0).user()).isEqualTo(CoreServices.OPERATOR.user());
    assertThat(entries.get(0).detail()).contains("to " + target.toAbsolutePath());
  }

  @Test
  void aBackupByAnyoneButAnOperatorIsRefusedAuditedAndWritesNothing() {
    Path target = folder.resolve("backup");

    assertThatThrownBy(() -> backups.backup(CoreServices.PRIVACY_OFFICER, target))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> backups.backup(CoreServices.COUNSELLOR, target))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(Files.exists(target)).isFalse();
    assertThat(backupEntries())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
  }
}
