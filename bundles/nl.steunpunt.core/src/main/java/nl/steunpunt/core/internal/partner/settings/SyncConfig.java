package nl.steunpunt.core.internal.partner.settings;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How a node keeps its grants and allow-list up to date (pid {@code nl.steunpunt.partners.sync}).
 */
@ObjectClassDefinition(
    name = "Steunpunt partner settings sync",
    description =
        "Grants and the allow-list live in the database; each node copies them into its own"
            + " Configuration Admin.")
@interface SyncConfig {

  @AttributeDefinition(
      name = "Interval milliseconds",
      description =
          "How often this node asks the database whether grants or the allow-list changed (one"
              + " read of one row); a change made on another node takes effect here within it.",
      min = "100")
  long intervalMillis() default 2000;

  @AttributeDefinition(
      name = "Node name",
      description =
          "This node's name in the audit of the first import; empty for the host name. Give each"
              + " node its own when several run on one host.")
  String node() default "";
}
