package nl.steunpunt.partner.police.internal;

import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.api.partner.PartnerHttp;
import org.osgi.annotation.bundle.Header;

/**
 * The partner this bundle acts for: the police liaison, organisation {@code police} (the demo user
 * {@code police}). The operator grants partner {@value #ID} with kind POLICE and purpose
 * SECURITY_REPORTING.
 *
 * <p>The bundle registers no {@link nl.steunpunt.api.partner.TrajectoryListener}: a POLICE partner
 * is told of no timeline events at all (the platform's event scope for the police is empty, by
 * design); the police learn of a case only through the security reports addressed to them.
 */
@Header(name = PartnerHeader.NAME, value = PolicePartner.DECLARATION)
public final class PolicePartner {

  /** The partner id, as the operator's grant names it. */
  public static final String ID = "police";

  /** The value of the manifest header {@link PartnerHeader#NAME}. */
  static final String DECLARATION = ID + ";kind=POLICE;purpose=SECURITY_REPORTING";

  /** {@link PartnerHttp#path} of the id, as a constant for the whiteboard annotations. */
  static final String BASE = "/api/v1/partners/" + ID;

  /** The servlet pattern of the REST endpoints. */
  static final String PATTERN = BASE + "/*";

  /** Where the bundle serves its UI module. */
  static final String FILES = "/plugins/" + ID;

  private PolicePartner() {}
}
