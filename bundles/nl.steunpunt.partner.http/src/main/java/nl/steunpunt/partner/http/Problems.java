package nl.steunpunt.partner.http;

import java.util.Optional;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.StaleVersionException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;

/**
 * Maps the failures of the platform's API to problems: the one mapping, used by the platform's REST
 * API and by every partner's endpoints alike. The API writes the messages of validation, conflict,
 * access and unavailable failures to be safe to show; a not-found message names the id asked for,
 * so it is replaced by a fixed text that does not even confirm the kind of record. An unavailable
 * service (the audit log cannot be written) did nothing: 503, with the message written for the
 * caller.
 */
public final class Problems {

  private Problems() {}

  /**
   * The problem for a failure.
   *
   * @return the problem, or empty for a failure the API does not define (a bug: answer 500)
   */
  public static Optional<Problem> of(RuntimeException e) {
    if (e instanceof ProblemException p) {
      return Optional.of(p.problem());
    }
    if (e instanceof ValidationException invalid) {
      return Optional.of(
          Problem.of(400, "Bad Request", "The request is not valid; see errors.")
              .withErrors(invalid.errors()));
    }
    if (e instanceof NotFoundException) {
      return Optional.of(
          Problem.of(404, "Not Found", "The record does not exist, or you may not see it."));
    }
    if (e instanceof StaleVersionException) {
      return Optional.of(
          Problem.of(
              412,
              "Precondition Failed",
              "The record was changed since the version named in If-Match; read it again."));
    }
    if (e instanceof ConflictException) {
      return Optional.of(Problem.of(409, "Conflict", e.getMessage()));
    }
    if (e instanceof AccessDeniedException) {
      return Optional.of(Problem.of(403, "Forbidden", e.getMessage()));
    }
    if (e instanceof UnavailableException) {
      return Optional.of(Problem.of(503, "Service Unavailable", e.getMessage()));
    }
    return Optional.empty();
  }

  /** The answer to a failure the API does not define: nothing of it is shown. */
  public static Problem unexpected() {
    return Problem.of(500, "Internal Server Error", "Something went wrong; nothing was shown.");
  }
}
