package nl.steunpunt.core.internal.access;

import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.store.StoreSession;

/**
 * Where audit entries go. The platform always writes them to the store's audit log ({@link #LOG}),
 * in the transaction of the action: the DS constructor of {@link Cases} offers no other. Only the
 * audit benchmark, in test code, passes a sink that drops them, to measure what auditing costs; the
 * production code has no switch to turn auditing off.
 */
@FunctionalInterface
public interface AuditSink {

  /** The audit log of the unit of work. */
  AuditSink LOG = (session, entry) -> session.audit().append(entry);

  void write(StoreSession session, AuditEntry entry);
}
