package nl.steunpunt.core.internal.access;

import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.store.jdbc.StoreSession;

/**
 * Where audit entries go. The platform always writes them to the store's audit log, in the
 * transaction of the action; only the benchmark swaps in {@link #OFF} to measure what auditing
 * costs.
 */
@FunctionalInterface
public interface AuditSink {

  /** The audit log of the unit of work. */
  AuditSink LOG = (session, entry) -> session.audit().append(entry);

  /** No audit at all: for measuring the cost of auditing, never for running the platform. */
  AuditSink OFF = (session, entry) -> {};

  void write(StoreSession session, AuditEntry entry);
}
