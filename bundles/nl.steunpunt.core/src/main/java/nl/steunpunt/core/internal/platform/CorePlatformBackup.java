package nl.steunpunt.core.internal.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.platform.BackupReport;
import nl.steunpunt.api.platform.PlatformBackup;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.StoreBackup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's backup: refused and audited for anyone else; audited before it is written (the
 * folder is named, nothing of the data); then the store writes it ({@link StoreBackup}). A backup
 * holds every case: the folder must be kept as safe as the database.
 */
@Component(service = PlatformBackup.class)
public final class CorePlatformBackup implements PlatformBackup {

  private static final Logger LOG = LoggerFactory.getLogger(CorePlatformBackup.class);

  private final StoreBackup backups;
  private final OperatorAudit audit;
  private final Clock clock;

  @Activate
  public CorePlatformBackup(
      @Reference Store store, @Reference StoreBackup backups, @Reference Cases cases) {
    this(store, backups, cases, Clock.systemUTC());
  }

  CorePlatformBackup(Store store, StoreBackup backups, Cases cases, Clock clock) {
    this.backups = backups;
    this.audit = new OperatorAudit(store, clock, cases);
    this.clock = clock;
  }

  @Override
  public BackupReport backup(Actor operator, Path folder) {
    audit.requireOperator(operator, Action.EXPORT, "backup", "Only an operator makes backups.");
    Path target = folder.toAbsolutePath().normalize();
    audit.recorded(operator, Action.EXPORT, "backup", "to " + target);
    long started = clock.millis();
    StoreBackup.Backup backup;
    try {
      backup = backups.backup(target);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("The backup to {} failed", target, e);
      throw new UnavailableException("The backup could not be written: see the log.", e);
    }
    Duration took = Duration.ofMillis(clock.millis() - started);
    LOG.info(
        "Backup written to {}: {}, audit chain at position {}, {} anchors, {} bytes, in {} ms",
        target,
        backup.database(),
        backup.chainPosition(),
        backup.anchors(),
        backup.bytes(),
        took.toMillis());
    return new BackupReport(
        target,
        backup.database(),
        backup.files().stream().map(file -> file.getFileName().toString()).toList(),
        backup.chainPosition(),
        backup.anchors(),
        backup.bytes(),
        took);
  }
}
