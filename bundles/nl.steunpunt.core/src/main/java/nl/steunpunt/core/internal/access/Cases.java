package nl.steunpunt.core.internal.access;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.jdbc.AuditWriteFailed;
import nl.steunpunt.store.jdbc.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the case services' units of work for an actor, through a {@link Gate}: every access is
 * decided by the one policy and audited in the same transaction. No audit, no access: when the
 * audit log cannot be written, the work is undone and the caller told so. A denial is undone with
 * the work and then audited on its own.
 */
@Component(service = Cases.class)
public final class Cases {

  private static final String NO_AUDIT = "The audit log cannot be written, so nothing was done.";

  private final Store store;
  private final AccessPolicy policy;
  private final Clock clock;
  private final AuditSink audit;
  private final Actors actors;

  @Activate
  public Cases(@Reference Store store, @Reference AccessPolicy policy, @Reference Actors actors) {
    this(store, policy, Clock.systemUTC(), AuditSink.LOG, actors);
  }

  public Cases(Store store, AccessPolicy policy, Clock clock, AuditSink audit, Actors actors) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.audit = audit;
    this.actors = actors;
  }

  /**
   * Runs the work in one transaction for the actor. An actor the platform did not issue, or a
   * partner's actor outside its request, is refused before anything is read, and audited.
   */
  public <T> T run(Actor actor, Function<Gate, T> work) {
    Optional<String> refusal = actors.refusal(actor);
    if (refusal.isPresent()) {
      throw refuseActor(actor, refusal.get());
    }
    try {
      return store.write(
          session -> work.apply(new Gate(session, actor, policy, audit, Timestamps.now(clock))));
    } catch (Denial denial) {
      recordDenial(denial);
      throw denial.answer();
    } catch (AuditWriteFailed e) {
      throw new UnavailableException(NO_AUDIT, e);
    }
  }

  /**
   * Audits the refusal of an actor (see {@link Actors}) and returns the answer for the caller: only
   * "access denied", whatever the reason. The entry names the claimed user and channel in its
   * detail, not as its user: nobody of that name acted. The caller is the bundle the call came
   * from, as far as the stack tells.
   */
  public RuntimeException refuseActor(Actor actor, String reason) {
    recordDenial(new Denial(ForgedActors.entry(actor, reason, Timestamps.now(clock)), null));
    return new AccessDeniedException("This call is not made for a user of the platform.");
  }

  /** The actors the units of work accept. */
  public Actors actors() {
    return actors;
  }

  /** The clock the units of work run on. */
  public Clock clock() {
    return clock;
  }

  private void recordDenial(Denial denial) {
    try {
      store.write(
          session -> {
            audit.write(session, denial.entry());
            return null;
          });
    } catch (AuditWriteFailed e) {
      throw new UnavailableException(NO_AUDIT, e);
    }
  }
}
