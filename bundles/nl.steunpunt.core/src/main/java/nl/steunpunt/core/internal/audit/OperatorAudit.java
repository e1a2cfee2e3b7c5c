package nl.steunpunt.core.internal.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.AuditWriteFailed;
import nl.steunpunt.store.Store;

/**
 * The audit of the operator's work: only an operator may do it, a refusal is audited, and every
 * action is an entry with purpose {@link Purpose#OPERATIONS} and no data category, written before
 * the action. The partner administration's changes are {@link Action#GRANT_CHANGE} (object {@code
 * partner-grant}, {@code partner-allow} or {@code partner-cursor}): they change what a partner may
 * see, not data; a backup is an {@link Action#EXPORT} of object {@code backup}. No audit, no
 * action.
 */
public final class OperatorAudit {

  /** The object of an audit entry about a partner's grant. */
  public static final String PARTNER_GRANT = "partner-grant";

  /** The object of an audit entry about an allow-list entry. */
  public static final String PARTNER_ALLOW = "partner-allow";

  /** The object of an audit entry about a partner's delivery cursor. */
  public static final String PARTNER_CURSOR = "partner-cursor";

  public static final String NO_AUDIT = "The audit log cannot be written, so nothing was changed.";
  private static final int MAX_DETAIL = 500;

  private final Store store;
  private final Clock clock;
  private final Cases cases;

  public OperatorAudit(Store store, Clock clock, Cases cases) {
    this.store = store;
    this.clock = clock;
    this.cases = cases;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Refuses, and audits the refusal, unless the actor is an operator the platform issued (an actor
   * built by some bundle is refused like at the case services).
   */
  public void requireOperator(Actor actor, Action action, String objectType) {
    requireOperator(actor, action, objectType, "Only an operator administers partners.");
  }

  /** As above, answering a refusal with the given message. */
  public void requireOperator(Actor actor, Action action, String objectType, String answer) {
    Optional<String> refusal = cases.actors().refusal(actor);
    if (refusal.isPresent()) {
      throw cases.refuseActor(actor, refusal.get());
    }
    if (actor.has(Role.OPERATOR)) {
      return;
    }
    write(entry(actor, action, objectType, Optional.empty(), Outcome.DENIED, "not an operator"));
    throw new AccessDeniedException(answer);
  }

  /** Audits a refused request of an operator, on its own. */
  public void denied(
      Actor actor, Action action, String objectType, String objectId, String detail) {
    write(entry(actor, action, objectType, Optional.of(objectId), Outcome.DENIED, detail));
  }

  /** Audits an operator's action on its own, before it is done. */
  public void recorded(Actor actor, Action action, String objectType, String detail) {
    write(entry(actor, action, objectType, Optional.empty(), Outcome.ALLOWED, detail));
  }

  public AuditEntry entry(
      Actor actor,
      Action action,
      String objectType,
      Optional<String> objectId,
      Outcome outcome,
      String detail) {
    return new AuditEntry(
        0,
        Timestamps.now(clock),
        actor.user(),
        actor.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")),
        actor.organisation().id(),
        Optional.empty(),
        actor.channel().describe(),
        action,
        objectType,
        objectId,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        outcome,
        Purpose.OPERATIONS,
        actor.channel().clientAddress(),
        Optional.empty(),
        Optional.of(detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail),
        Optional.empty());
  }

  private void write(AuditEntry entry) {
    try {
      store.write(
          s -> {
            s.audit().append(entry);
            return null;
          });
    } catch (AuditWriteFailed e) {
      throw new UnavailableException(NO_AUDIT, e);
    }
  }
}
