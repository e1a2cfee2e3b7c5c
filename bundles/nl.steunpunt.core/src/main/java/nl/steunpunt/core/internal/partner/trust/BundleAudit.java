package nl.steunpunt.core.internal.partner.trust;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit entries about partner bundles: their lifecycle and the trust decisions. Written
 * on a thread of its own, because the framework tells of bundle events on its own thread, which
 * must not wait for a store that is still opening.
 */
public final class BundleAudit implements AutoCloseable {

  /** The platform itself acts here; no staff user is involved. */
  public static final String PLATFORM_USER = "platform";

  private static final Logger LOG = LoggerFactory.getLogger(BundleAudit.class);

  private final Store store;
  private final Clock clock;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "steunpunt-partner-audit");
            thread.setDaemon(true);
            return thread;
          });

  public BundleAudit(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  static AuditEntry entry(
      java.time.Instant at, String symbolicName, String version, Outcome outcome, String detail) {
    Channel.PartnerBundle channel = new Channel.PartnerBundle(symbolicName, version);
    return new AuditEntry(
        0,
        at,
        PLATFORM_USER,
        "",
        Organisation.CENTRE.id(),
        Optional.empty(),
        channel.describe(),
        Action.BUNDLE_LIFECYCLE,
        "bundle",
        Optional.of(symbolicName + "/" + version),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        outcome,
        Purpose.OPERATIONS,
        Optional.empty(),
        Optional.empty(),
        Optional.of(detail),
        Optional.empty());
  }

  public void write(String symbolicName, String version, Outcome outcome, String detail) {
    AuditEntry entry = entry(Timestamps.now(clock), symbolicName, version, outcome, detail);
    try {
      writer.execute(() -> append(entry));
    } catch (RejectedExecutionException e) {
      LOG.warn("Audit of bundle {} {} not written: shutting down", symbolicName, version);
    }
  }

  private void append(AuditEntry entry) {
    try {
      store.write(
          session -> {
            session.audit().append(entry);
            return null;
          });
    } catch (RuntimeException e) {
      LOG.error(
          "Audit of bundle {} ({}) could not be written: {}",
          entry.objectId().orElse(""),
          entry.detail().orElse(""),
          e.getClass().getName());
    }
  }

  @Override
  public void close() {
    writer.shutdown();
    try {
      if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Audit entries about partner bundles were still waiting at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
