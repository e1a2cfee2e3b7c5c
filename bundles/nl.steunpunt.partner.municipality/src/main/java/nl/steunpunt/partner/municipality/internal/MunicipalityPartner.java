package nl.steunpunt.partner.municipality.internal;

import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.api.partner.PartnerHttp;
import org.osgi.annotation.bundle.Header;

/**
 * The partner this bundle acts for: the municipality of Amsterdam (CBS code 0363), the demo
 * municipality whose officer logs in as {@code municipality} (organisation {@code GM0363}). The
 * operator grants partner {@value #ID} with kind MUNICIPALITY, purpose MUNICIPAL_SUPPORT and
 * municipality {@code 0363}; another municipality builds this bundle with its own id.
 */
@Header(name = PartnerHeader.NAME, value = MunicipalityPartner.DECLARATION)
public final class MunicipalityPartner {

  /** The partner id, as the operator's grant names it. */
  public static final String ID = "gm0363";

  /** The value of the manifest header {@link PartnerHeader#NAME}. */
  static final String DECLARATION = ID + ";kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT";

  /** {@link PartnerHttp#path} of the id, as a constant for the whiteboard annotations. */
  static final String BASE = "/api/v1/partners/" + ID;

  /** The servlet pattern of the REST endpoints. */
  static final String PATTERN = BASE + "/*";

  /** Where the bundle serves its UI module. */
  static final String FILES = "/plugins/" + ID;

  private MunicipalityPartner() {}
}
