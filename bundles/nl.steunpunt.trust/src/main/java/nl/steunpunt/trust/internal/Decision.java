package nl.steunpunt.trust.internal;

import java.util.Optional;
import nl.steunpunt.trust.Refusal;

/**
 * Whether a bundle may resolve: on which ground, or why not.
 *
 * @param ground what lets it run ({@code system bundle}, {@code platform}, {@code harness}, {@code
 *     allowed}, {@code dev loop}); empty when refused
 * @param refusal why it may not; empty when it may
 */
record Decision(Optional<String> ground, Optional<Refusal.Reason> refusal) {

  static Decision runs(String ground) {
    return new Decision(Optional.of(ground), Optional.empty());
  }

  static Decision refused(Refusal.Reason reason) {
    return new Decision(Optional.empty(), Optional.of(reason));
  }

  boolean mayResolve() {
    return ground.isPresent();
  }

  /** Whether it runs as one of the platform's own, not as an allow-listed bundle. */
  boolean platform() {
    return ground
        .filter(g -> !g.equals(TrustRules.ALLOWED) && !g.equals(TrustRules.DEV))
        .isPresent();
  }
}
