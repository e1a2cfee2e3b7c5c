package nl.steunpunt.web.internal.http;

/** Names of the steunpunt servlet context, selected by every Steunpunt servlet. */
public final class SteunpuntHttp {

  /** The name of the servlet context. */
  public static final String CONTEXT_NAME = "steunpunt";

  /** The whiteboard filter that selects the context. */
  public static final String SELECT_CONTEXT = "(osgi.http.whiteboard.context.name=steunpunt)";

  /** The request attribute that carries the authenticated {@code Actor}. */
  public static final String ACTOR_ATTRIBUTE = "nl.steunpunt.actor";

  /**
   * The request attribute that carries the session's CSRF token, present only when the request was
   * authenticated by the session cookie.
   */
  public static final String CSRF_ATTRIBUTE = "nl.steunpunt.csrf";

  private SteunpuntHttp() {}
}
