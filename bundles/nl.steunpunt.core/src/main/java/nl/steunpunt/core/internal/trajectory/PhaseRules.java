package nl.steunpunt.core.internal.trajectory;

import java.util.Optional;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;

/**
 * The rules of phase changes: only the moves {@link Phase#next()} allows; a reason to reopen a
 * closed trajectory; the family's municipality among the partners to enter {@code SUPPORT} (in a
 * full trajectory the municipality is always involved).
 */
final class PhaseRules {

  static final int MAX_REASON = 500;

  private PhaseRules() {}

  static void check(Trajectory trajectory, Phase to, Optional<String> reason, String municipality) {
    Phase from = trajectory.phase();
    if (reason.isPresent() && (reason.get().isBlank() || reason.get().length() > MAX_REASON)) {
      throw ValidationException.of("reason", "1 to " + MAX_REASON + " characters");
    }
    if (!from.next().contains(to)) {
      throw new ConflictException("A trajectory in " + from + " cannot move to " + to + ".");
    }
    if (from.reopensTo(to) && reason.isEmpty()) {
      throw ValidationException.of("reason", "is required to reopen a closed trajectory");
    }
    if (to == Phase.SUPPORT && !trajectory.partners().contains("GM" + municipality)) {
      throw new ConflictException(
          "A full trajectory needs the family's municipality (GM"
              + municipality
              + ") among the partners involved.");
    }
  }
}
