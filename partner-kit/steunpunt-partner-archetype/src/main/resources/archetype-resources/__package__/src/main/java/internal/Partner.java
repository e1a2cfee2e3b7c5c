## From the kind: the staff role the routes serve, and the subjects the partner's records are about.
#if( $kind == "MUNICIPALITY" )
#set( $role = "MUNICIPALITY_OFFICER" )
#set( $subject = "FAMILY" )
#set( $subjects = "families" )
#elseif( $kind == "POLICE" )
#set( $role = "POLICE_LIAISON" )
#set( $subject = "REPORT" )
#set( $subjects = "reports" )
#elseif( $kind == "THERAPY" )
#set( $role = "THERAPIST" )
#set( $subject = "MEMBER" )
#set( $subjects = "members" )
#else
#set( $role = "EVALUATOR" )
#set( $subject = "TRAJECTORY" )
#set( $subjects = "trajectories" )
#end
package ${package}.internal;

import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerHeader;
import nl.steunpunt.api.partner.RecordSubject;
import org.osgi.annotation.bundle.Header;

/**
 * The partner this bundle acts for. The operator allow-lists the bundle and grants the partner
 * ({@link #ID}, {@link #KIND}, {@link #PURPOSE}); until then none of its components start.
 */
@Header(name = PartnerHeader.NAME, value = Partner.DECLARATION)
public final class Partner {

  /** The partner id, as the operator's grant names it. */
#if( $partnerId.length() > 62 )
  public static final String ID =
      "${partnerId}";
#else
  public static final String ID = "${partnerId}";
#end

  static final OrganisationKind KIND = OrganisationKind.${kind};

  static final Purpose PURPOSE = Purpose.${purpose};

  /** The staff role this partner's routes and page serve. */
  static final Role ROLE = Role.${role};

  /**
   * What the partner's own records are about: the kind of subject its users see through the tie
   * this kind of partner has, so that the records are theirs to read and write.
   */
  static final RecordSubject.Kind SUBJECT = RecordSubject.Kind.${subject};

  /** The route segment of {@link #SUBJECT}. */
  static final String SUBJECTS = "${subjects}";

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
