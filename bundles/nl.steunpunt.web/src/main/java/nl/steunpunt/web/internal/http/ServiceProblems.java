package nl.steunpunt.web.internal.http;

import java.util.Optional;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.StaleVersionException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;

/**
 * Maps the failures of the API services to problems. The API writes the messages of validation,
 * conflict and access exceptions to be safe to show; a not-found message names the id asked for, so
 * it is replaced by a fixed text that does not even confirm the kind of record. An unavailable
 * service (the audit log cannot be written) did nothing: 503, with the message written for the
 * caller.
 */
public final class ServiceProblems {

  private ServiceProblems() {}

  /**
   * Returns the problem for a service failure.
   *
   * @return the problem, or empty when the exception is not one the API defines
   */
  public static Optional<Problem> of(RuntimeException e) {
    if (e instanceof ValidationException invalid) {
      return Optional.of(
          Problem.of(400, "Bad Request", "The request is not valid; see errors.")
              .withErrors(
                  invalid.errors().stream()
                      .map(f -> new Problem.FieldProblem(f.field(), f.message()))
                      .toList()));
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
}
