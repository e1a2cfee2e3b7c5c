package nl.steunpunt.core.internal.access;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.AuditWriteFailed;
import nl.steunpunt.store.Store;
import nl.steunpunt.trust.BundleTrust;
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
  private final Callers callers;

  @Activate
  public Cases(
      @Reference Store store,
      @Reference AccessPolicy policy,
      @Reference Actors actors,
      @Reference BundleTrust trust) {
    this(store, policy, Clock.systemUTC(), AuditSink.LOG, actors, new Callers(trust::platform));
  }

  /** Without a framework: every caller is the platform's. */
  public Cases(Store store, AccessPolicy policy, Clock clock, AuditSink audit, Actors actors) {
    this(store, policy, clock, audit, actors, Callers.PLATFORM);
  }

  public Cases(
      Store store,
      AccessPolicy policy,
      Clock clock,
      AuditSink audit,
      Actors actors,
      Callers callers) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.audit = audit;
    this.actors = actors;
    this.callers = callers;
  }

  /**
   * Runs the work in one transaction for the actor. An actor the platform did not issue, a
   * partner's actor outside its request, or a call of a bundle outside the platform that does not
   * come through its own partner context is refused before anything is read, and audited.
   */
  public <T> T run(Actor actor, Function<Gate, T> work) {
    Optional<String> refusal = actors.refusal(actor).or(callers::refusal);
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
   * Runs a read as {@link #run}, for the services' {@code find…} methods: the result, or empty when
   * what it looked for does not exist or the actor may not see it (the Gate's "not found").
   */
  public <T> Optional<T> find(Actor actor, Function<Gate, T> work) {
    try {
      return Optional.of(run(actor, work));
    } catch (NotFoundException e) {
      return Optional.empty();
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

  /**
   * Audits a call of one of the platform's front doors (the {@code Authenticator}) by code outside
   * the platform; the caller gets nothing.
   */
  public void refuseCall(String what) {
    recordDenial(new Denial(ForgedActors.call(what, Timestamps.now(clock)), null));
  }

  /**
   * Refuses a call of a platform-only service by code outside the platform: audited like {@link
   * #refuseCall}, then an {@link IllegalStateException} with the answer.
   */
  public void refuseOutsider(String what, String answer) {
    if (callers.outsider().isPresent()) {
      refuseCall(what);
      throw new IllegalStateException(answer);
    }
  }

  /** Who is calling, by the code on the stack. */
  public Callers callers() {
    return callers;
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
