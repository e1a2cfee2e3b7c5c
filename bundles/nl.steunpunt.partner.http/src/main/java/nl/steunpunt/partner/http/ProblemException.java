package nl.steunpunt.partner.http;

import java.util.List;
import nl.steunpunt.api.common.FieldError;

/** Ends a request with a problem answer; thrown by the HTTP layer, mapped by {@link Problems}. */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title(), null, false, false);
    this.problem = problem;
  }

  public ProblemException(int status, String title, String detail) {
    this(Problem.of(status, title, detail));
  }

  public Problem problem() {
    return problem;
  }

  /** A 400. */
  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad Request", detail);
  }

  /** A 400 that names what is wrong, field by field. */
  public static ProblemException invalid(String detail, List<FieldError> errors) {
    return new ProblemException(Problem.of(400, "Bad Request", detail).withErrors(errors));
  }

  /** A 404. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not Found", detail);
  }
}
