package nl.steunpunt.partner.http;

import java.io.IOException;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request: checks that the platform authenticated a user with the partner's role, finds
 * the route and turns every failure into a problem answer.
 */
public final class Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final Router<Handler> router;
  private final Role role;

  /**
   * @param router the routes
   * @param role the role a user needs for any of them: these endpoints serve one kind of partner
   *     user, whatever else the user's other roles would let the platform show
   */
  public Dispatcher(Router<Handler> router, Role role) {
    this.router = router;
    this.role = role;
  }

  /**
   * Answers a request.
   *
   * @param method the HTTP method
   * @param path the path below the partner's base path
   * @param actor the request attribute {@code PartnerHttp.ACTOR_ATTRIBUTE}
   * @param request the rest of the request
   */
  public Reply dispatch(String method, String path, Object actor, Request request) {
    if (!(actor instanceof Actor user)) {
      return Reply.problem(Problem.of(401, "Unauthorized", "Log in first."));
    }
    if (!user.has(role)) {
      return Reply.problem(
          Problem.of(
              403, "Forbidden", "These endpoints are for the role " + role.roleName() + "."));
    }
    Router.Match<Handler> match;
    try {
      match = router.route(method, path);
    } catch (ProblemException e) {
      return Reply.problem(e.problem());
    }
    try {
      return match.handler().handle(new Call(user, match.parameters(), request));
    } catch (RuntimeException e) {
      return Problems.of(e)
          .map(Reply::problem)
          .orElseGet(
              () -> {
                LOG.error("Unexpected failure on {} {}", method, match.template(), e);
                return Reply.problem(Problems.unexpected());
              });
    } catch (IOException e) {
      LOG.warn("Could not read the request on {} {}: {}", method, match.template(), e.toString());
      return Reply.problem(Problem.of(400, "Bad Request", "The request could not be read."));
    }
  }
}
