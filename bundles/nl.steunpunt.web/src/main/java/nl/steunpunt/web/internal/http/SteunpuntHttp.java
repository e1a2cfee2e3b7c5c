package nl.steunpunt.web.internal.http;

import nl.steunpunt.api.partner.PartnerHttp;

/** Names of the steunpunt servlet context, selected by every Steunpunt servlet. */
public final class SteunpuntHttp {

  /** The name of the servlet context. */
  public static final String CONTEXT_NAME = "steunpunt";

  /** The whiteboard filter that selects the context. */
  public static final String SELECT_CONTEXT = PartnerHttp.CONTEXT_SELECT;

  /** The request attribute that carries the authenticated {@code Actor}. */
  public static final String ACTOR_ATTRIBUTE = PartnerHttp.ACTOR_ATTRIBUTE;

  /**
   * The request attribute that carries the session's CSRF token, present only when the request was
   * authenticated by the session cookie.
   */
  public static final String CSRF_ATTRIBUTE = PartnerHttp.CSRF_ATTRIBUTE;

  /**
   * The request attribute that carries the template of the route an {@link ApiRoutes} matched (e.g.
   * {@code /api/v1/families/{id}}), for the request metrics.
   */
  public static final String ROUTE_ATTRIBUTE = "nl.steunpunt.web.route";

  private SteunpuntHttp() {}
}
