package nl.steunpunt.core.internal.access;

import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Purpose;

/**
 * The policy's answer for one access.
 *
 * @param allowed whether it is allowed
 * @param purpose the purpose of the role that allowed it (or of the actor, when denied)
 * @param breakGlass the break-glass that allowed it, if only that did
 */
public record Decision(boolean allowed, Purpose purpose, Optional<UUID> breakGlass) {

  static Decision allow(Purpose purpose) {
    return new Decision(true, purpose, Optional.empty());
  }

  static Decision deny(Purpose purpose) {
    return new Decision(false, purpose, Optional.empty());
  }
}
