package nl.steunpunt.partner.therapy.internal;

import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.api.partner.PartnerHttp;
import org.osgi.annotation.bundle.Header;

/**
 * The partner this bundle acts for: the demo therapy provider, organisation {@code therapy-demo},
 * to which the demo referrals are made and for which the demo user {@code therapist} works. The
 * operator grants partner {@value #ID} with kind THERAPY, purpose THERAPY and organisation {@code
 * therapy-demo}; another provider builds this bundle with its own id.
 */
@Header(name = PartnerHeader.NAME, value = TherapyPartner.DECLARATION)
public final class TherapyPartner {

  /** The partner id, as the operator's grant names it. */
  public static final String ID = "therapy-demo";

  /** The value of the manifest header {@link PartnerHeader#NAME}. */
  static final String DECLARATION = ID + ";kind=THERAPY;purpose=THERAPY";

  /** {@link PartnerHttp#path} of the id, as a constant for the whiteboard annotations. */
  static final String BASE = "/api/v1/partners/" + ID;

  /** The servlet pattern of the REST endpoints. */
  static final String PATTERN = BASE + "/*";

  /** Where the bundle serves its UI module. */
  static final String FILES = "/plugins/" + ID;

  private TherapyPartner() {}
}
