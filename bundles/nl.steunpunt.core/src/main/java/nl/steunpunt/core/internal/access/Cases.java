package nl.steunpunt.core.internal.access;

import java.time.Clock;
import java.util.function.Function;
import nl.steunpunt.api.access.Actor;
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

  @Activate
  public Cases(@Reference Store store, @Reference AccessPolicy policy) {
    this(store, policy, Clock.systemUTC(), AuditSink.LOG);
  }

  public Cases(Store store, AccessPolicy policy, Clock clock, AuditSink audit) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.audit = audit;
  }

  /** Runs the work in one transaction for the actor. */
  public <T> T run(Actor actor, Function<Gate, T> work) {
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
