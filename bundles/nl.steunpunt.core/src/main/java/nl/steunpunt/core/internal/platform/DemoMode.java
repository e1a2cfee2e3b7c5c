package nl.steunpunt.core.internal.platform;

import java.util.Map;

/**
 * Whether the platform runs in demo mode: set by the environment variable {@code
 * STEUNPUNT_DEMO=true} (or the system property {@code steunpunt.demo=true}), never by default.
 */
public record DemoMode(boolean enabled) {

  static final String ENVIRONMENT_VARIABLE = "STEUNPUNT_DEMO";
  static final String SYSTEM_PROPERTY = "steunpunt.demo";

  /** Reads demo mode from this process's environment and system properties. */
  public static DemoMode fromEnvironment() {
    return from(System.getenv(), System.getProperty(SYSTEM_PROPERTY));
  }

  static DemoMode from(Map<String, String> environment, String systemProperty) {
    return new DemoMode(
        "true".equalsIgnoreCase(environment.get(ENVIRONMENT_VARIABLE))
            || "true".equalsIgnoreCase(systemProperty));
  }
}
