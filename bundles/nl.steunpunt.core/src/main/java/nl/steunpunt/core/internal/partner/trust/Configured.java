package nl.steunpunt.core.internal.partner.trust;

import java.util.Objects;
import java.util.Optional;

/**
 * One operator configuration read into a value, or the reason it could not be: a bad configuration
 * must not fail the component (that would hold up readiness), it is left out with an alert instead.
 *
 * @param pid the configuration's pid, to name it in the alert
 * @param value the value; empty when the configuration is invalid
 * @param problem why it is invalid; empty when valid
 */
public record Configured<T>(String pid, Optional<T> value, String problem) {

  public Configured {
    Objects.requireNonNull(pid, "pid");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
  }

  public static <T> Configured<T> valid(String pid, T value) {
    return new Configured<>(pid, Optional.of(value), "");
  }

  public static <T> Configured<T> invalid(String pid, String problem) {
    return new Configured<>(pid, Optional.empty(), problem);
  }
}
