#if( $kind == "MUNICIPALITY" )#set( $role = "MUNICIPALITY_OFFICER" )#elseif( $kind == "POLICE" )#set( $role = "POLICE_LIAISON" )#elseif( $kind == "THERAPY" )#set( $role = "THERAPIST" )#else#set( $role = "EVALUATOR" )#end
package ${package}.internal;

import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerHeader;
import org.osgi.annotation.bundle.Header;

/**
 * The partner this bundle acts for. The operator allow-lists the bundle and grants partner {@value
 * #ID} with kind ${kind} and purpose ${purpose}; until then none of its components start.
 */
@Header(name = PartnerHeader.NAME, value = Partner.DECLARATION)
public final class Partner {

  /** The partner id, as the operator's grant names it. */
  public static final String ID = "${partnerId}";

  static final OrganisationKind KIND = OrganisationKind.${kind};

  static final Purpose PURPOSE = Purpose.${purpose};

  /** The staff role this partner's routes and page serve. */
  static final Role ROLE = Role.${role};

  /** The value of the manifest header {@link PartnerHeader#NAME}. */
  static final String DECLARATION = ID + ";kind=${kind};purpose=${purpose}";

  /** {@link nl.steunpunt.api.partner.PartnerHttp#path} of the id, as a constant for annotations. */
  static final String BASE = "/api/v1/partners/" + ID;

  /** The servlet pattern of the REST routes. */
  static final String PATTERN = BASE + "/*";

  /** Where the bundle serves its UI module. */
  static final String FILES = "/plugins/" + ID;

  private Partner() {}
}
