package nl.steunpunt.api.partner;

/**
 * How a partner bundle serves its REST endpoints and UI files inside the platform's web context, so
 * that they get its authentication, CSRF check, security headers and problem responses.
 *
 * <p>Register a servlet (HTTP Whiteboard) with {@link #CONTEXT_SELECT} as its context selection and
 * a pattern under {@link #path(String)}; the platform has then authenticated the request and put
 * the staff user, acting through this bundle, in the request attribute {@link #ACTOR_ATTRIBUTE} as
 * an {@link nl.steunpunt.api.access.Actor}. That actor is on the bundle's own channel and valid
 * only until the request ends: pass it to the {@link PartnerContext} while serving the request, and
 * never keep it. A request without it was not authenticated, or the bundle is not a trusted,
 * granted partner: answer 401. Answer errors as RFC 9457 problem JSON ({@code
 * application/problem+json}).
 *
 * @since 0.1
 */
public final class PartnerHttp {

  /** The whiteboard context selection of the platform's web context, {@code steunpunt}. */
  public static final String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=steunpunt)";

  /**
   * The request attribute holding the authenticated user, acting through the bundle whose servlet
   * serves the request, as an {@code Actor} valid until the request ends.
   */
  public static final String ACTOR_ATTRIBUTE = "nl.steunpunt.actor";

  /** The request attribute holding the session's CSRF token, for a page that needs it. */
  public static final String CSRF_ATTRIBUTE = "nl.steunpunt.csrf";

  private PartnerHttp() {}

  /**
   * The path under which a partner serves its REST endpoints.
   *
   * @param partnerId the partner id
   * @return {@code /api/v1/partners/} followed by the partner id
   */
  public static String path(String partnerId) {
    return "/api/v1/partners/" + partnerId;
  }
}
