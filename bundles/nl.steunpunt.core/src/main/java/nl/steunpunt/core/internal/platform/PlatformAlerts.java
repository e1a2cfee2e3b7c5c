package nl.steunpunt.core.internal.platform;

import java.util.List;

/**
 * A core component with something the operator should look at, shown by {@code /health} and {@code
 * steunpunt:status}; alerts never affect readiness.
 */
public interface PlatformAlerts {

  /** Short texts without personal data; empty when all is well. */
  List<String> alerts();
}
