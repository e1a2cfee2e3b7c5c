package nl.steunpunt.core.internal.access;

import nl.steunpunt.api.audit.AuditEntry;

/**
 * A refusal inside a unit of work. The work is rolled back; {@link Cases} then writes the denial to
 * the audit log on its own and throws the answer the caller gets: "not found" for a record the
 * actor may not see, "access denied" for what the actor's roles never allow.
 */
final class Denial extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient AuditEntry entry;
  private final RuntimeException answer;

  Denial(AuditEntry entry, RuntimeException answer) {
    super(null, null, false, false);
    this.entry = entry;
    this.answer = answer;
  }

  AuditEntry entry() {
    return entry;
  }

  RuntimeException answer() {
    return answer;
  }
}
