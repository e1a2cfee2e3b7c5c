package nl.steunpunt.core.internal.partner.grants;

import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The properties of one partner grant's configuration (factory pid {@code
 * nl.steunpunt.partners.grant}, one per partner).
 */
@ObjectClassDefinition(
    name = "Steunpunt partner grant",
    description =
        "What one partner may see. A partner bundle acts only when it is on the allow-list and a"
            + " grant names its partner id, kind and purpose.")
@interface PartnerGrantConfig {

  @AttributeDefinition(
      name = "Partner id",
      description = "As the bundle declares it: lower-case letters and digits joined by hyphens.")
  String partnerId();

  @AttributeDefinition(name = "Kind", description = "The partner's kind of organisation.")
  OrganisationKind kind();

  @AttributeDefinition(
      name = "Purpose",
      description = "Why the partner uses data; recorded with every audit entry of its calls.")
  Purpose purpose();

  @AttributeDefinition(
      name = "Organisation",
      description =
          "The partner's organisation id, e.g. GM0363, police or therapy-demo; referrals name it.")
  String organisation();

  @AttributeDefinition(
      name = "Municipalities",
      description = "CBS codes (four digits) whose families a municipality partner sees.",
      required = false)
  String[] municipalities() default {};

  @AttributeDefinition(
      name = "Categories",
      description = "The data categories the partner may read at most.",
      required = false)
  DataCategory[] categories() default {};

  @AttributeDefinition(
      name = "Timeline",
      description = "Whether the partner receives trajectory events at all.")
  boolean timeline() default false;

  @AttributeDefinition(
      name = "From the start",
      description =
          "Whether a partner seen for the first time receives the whole event log, instead of"
              + " starting at its end.")
  boolean fromStart() default false;
}
