package nl.steunpunt.evaluation.internal;

import nl.steunpunt.api.partner.PartnerHeader;
import org.osgi.annotation.bundle.Header;

/**
 * The partner this bundle acts for: the programme's evaluation. The operator grants partner {@value
 * #ID} with kind OTHER, purpose EVALUATION and the category EVALUATION_AGGREGATES only, so nothing
 * person-level is reachable through it.
 */
@Header(name = PartnerHeader.NAME, value = EvaluationPartner.DECLARATION)
public final class EvaluationPartner {

  /** The partner id, as the operator's grant names it. */
  public static final String ID = "evaluation";

  /** The value of the manifest header {@link PartnerHeader#NAME}. */
  static final String DECLARATION = ID + ";kind=OTHER;purpose=EVALUATION";

  /** {@link nl.steunpunt.api.partner.PartnerHttp#path} of the id, for the whiteboard annotation. */
  static final String BASE = "/api/v1/partners/" + ID;

  /** The servlet pattern of the REST endpoints. */
  static final String PATTERN = BASE + "/*";

  /** Where the bundle serves its UI module. */
  static final String FILES = "/plugins/" + ID;

  private EvaluationPartner() {}
}
