package nl.steunpunt.core.internal.partner.delivery;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Event delivery to partners (pid {@code nl.steunpunt.partners.delivery}). */
@ObjectClassDefinition(
    name = "Steunpunt partner event delivery",
    description = "How events are delivered to partner bundles' listeners.")
@interface DeliveryConfig {

  @AttributeDefinition(
      name = "Poll milliseconds",
      description = "How often each partner's delivery looks for new events.",
      min = "10")
  long pollMillis() default 200;

  @AttributeDefinition(name = "Batch", description = "Events read at a time.", min = "1")
  int batch() default 100;

  @AttributeDefinition(
      name = "First retry seconds",
      description = "Pause after a first failure; doubled with each failure in a row.",
      min = "1")
  long firstRetrySeconds() default 1;

  @AttributeDefinition(
      name = "Longest retry seconds",
      description = "The longest pause between tries.",
      min = "1")
  long maxRetrySeconds() default 300;

  @AttributeDefinition(
      name = "Lease seconds",
      description =
          "How long a node delivers to a partner before another node may take over; renewed"
              + " with every step. Node clocks must agree much more closely than this.",
      min = "5")
  long leaseSeconds() default 30;

  @AttributeDefinition(
      name = "Node name",
      description =
          "This node's name in the delivery leases; empty for the host name with a random"
              + " suffix.")
  String node() default "";
}
