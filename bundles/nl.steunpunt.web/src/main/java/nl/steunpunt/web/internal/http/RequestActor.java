package nl.steunpunt.web.internal.http;

import javax.servlet.http.HttpServletRequest;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.partner.http.ProblemException;

/** The actor the steunpunt context established for a request. */
public final class RequestActor {

  private RequestActor() {}

  /**
   * Returns the actor of an authenticated request.
   *
   * @throws ProblemException 401 when the request carries no actor
   */
  public static Actor of(HttpServletRequest request) {
    if (request.getAttribute(SteunpuntHttp.ACTOR_ATTRIBUTE) instanceof Actor actor) {
      return actor;
    }
    throw new ProblemException(401, "Unauthorized", "Log in to use this resource.");
  }
}
