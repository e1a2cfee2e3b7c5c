package nl.steunpunt.core.internal.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The audit entry of a refused actor. Nobody of the claimed name acted, so the entry's user is
 * {@link #USER}; the claimed user and channel, the service method and the bundle the call came from
 * (the first frame on the stack outside the core and the API) are in its detail. Walking the stack
 * costs little, and only a refusal pays it.
 */
final class ForgedActors {

  /** The user of a refused actor's audit entry. */
  static final String USER = "unverified";

  private static final int MAX_CLAIM = 64;
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private ForgedActors() {}

  static AuditEntry entry(Actor claimed, String reason, Instant at) {
    List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.limit(64).toList());
    String detail =
        "refused: "
            + reason
            + "; claimed user "
            + clip(claimed.user())
            + " on "
            + clip(claimed.channel().describe())
            + service(frames).map(s -> "; in " + s).orElse("");
    return entry(frames, claimed.organisation().id(), detail, at);
  }

  /** The audit entry of a front door of the platform called by code outside the platform. */
  static AuditEntry call(String what, Instant at) {
    List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.limit(64).toList());
    return entry(
        frames, "steunpunt", "refused: " + what + " called by a bundle outside the platform", at);
  }

  private static AuditEntry entry(
      List<StackWalker.StackFrame> frames, String organisation, String detail, Instant at) {
    String channel =
        caller(frames)
            .map(b -> "bundle:" + b.getSymbolicName() + "/" + b.getVersion())
            .orElse("unknown");
    return new AuditEntry(
        0,
        at,
        USER,
        "",
        organisation,
        Optional.empty(),
        channel,
        Action.READ,
        "actor",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Outcome.DENIED,
        Purpose.OPERATIONS,
        Optional.empty(),
        Optional.empty(),
        Optional.of(detail),
        Optional.empty());
  }

  /** The first bundle on the stack that is neither the core nor the API: who made the call. */
  static Optional<Bundle> caller(List<StackWalker.StackFrame> frames) {
    Bundle core = FrameworkUtil.getBundle(ForgedActors.class);
    Bundle api = FrameworkUtil.getBundle(Actor.class);
    for (StackWalker.StackFrame frame : frames) {
      Bundle bundle = FrameworkUtil.getBundle(frame.getDeclaringClass());
      if (bundle != null && !bundle.equals(core) && !bundle.equals(api)) {
        return Optional.of(bundle);
      }
    }
    return Optional.empty();
  }

  /** The service method that was called: the frame that called into {@link Cases}. */
  private static Optional<String> service(List<StackWalker.StackFrame> frames) {
    boolean inCases = false;
    for (StackWalker.StackFrame frame : frames) {
      boolean cases = frame.getDeclaringClass() == Cases.class;
      if (inCases && !cases) {
        String type = frame.getDeclaringClass().getSimpleName().replaceFirst("^Core", "");
        return Optional.of(type + "." + frame.getMethodName());
      }
      inCases |= cases;
    }
    return Optional.empty();
  }

  private static String clip(String text) {
    String plain = text.replaceAll("[\\p{Cntrl}]", "?");
    return plain.length() > MAX_CLAIM ? plain.substring(0, MAX_CLAIM) + "…" : plain;
  }
}
