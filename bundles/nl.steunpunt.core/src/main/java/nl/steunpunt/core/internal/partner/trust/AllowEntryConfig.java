package nl.steunpunt.core.internal.partner.trust;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The properties of one allow-list entry's configuration (factory pid {@code
 * nl.steunpunt.partners.allow}).
 */
@ObjectClassDefinition(
    name = "Steunpunt partner allow-list entry",
    description =
        "A partner bundle the operator trusts. OSGi is no sandbox: this list is the trust"
            + " boundary, a bundle that declares a partner and is not on it gets nothing.")
@interface AllowEntryConfig {

  @AttributeDefinition(name = "Symbolic name", description = "The bundle's symbolic name.")
  String symbolicName();

  @AttributeDefinition(
      name = "Version range",
      description = "OSGi version range, e.g. [1.0.0,1.1.0) or 1.0.0 (that version and later).")
  String versionRange();

  @AttributeDefinition(
      name = "SHA-256",
      description = "The SHA-256 of the bundle's jar, 64 hexadecimal digits (sha256sum).")
  String sha256() default "";

  @AttributeDefinition(
      name = "Dev loop",
      description =
          "Demo mode only: trust any jar of this name and version range (no SHA-256), so a"
              + " rebuilt bundle runs again at once. Refused, with an alert, on any other platform.")
  boolean dev() default false;
}
