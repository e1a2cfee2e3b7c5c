package nl.steunpunt.core.internal.erasure;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The retention of personal data, for Karaf's config commands (pid {@code nl.steunpunt.retention}).
 */
@ObjectClassDefinition(
    name = "Steunpunt retention",
    description =
        "How long a family's personal data is kept after its trajectory was closed, and how often"
            + " the platform erases the families past that period.")
public @interface RetentionConfig {

  @AttributeDefinition(
      name = "Years after closing",
      description =
          "A family whose trajectory has been closed longer than this many years is erased (Dutch"
              + " youth care: 20 years after the care ended). A reopened trajectory is not closed.",
      min = "1")
  int closedYears() default 20;

  @AttributeDefinition(
      name = "Run every hours",
      description = "How often the platform looks for families past the retention period.",
      min = "1")
  int intervalHours() default 24;
}
