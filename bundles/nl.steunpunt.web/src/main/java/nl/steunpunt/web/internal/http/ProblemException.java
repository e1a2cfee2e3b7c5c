package nl.steunpunt.web.internal.http;

import java.util.List;

/** Thrown by request handling to end the request with a problem response. */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(int status, String title, String detail) {
    this(Problem.of(status, title, detail));
  }

  public ProblemException(Problem problem) {
    super(problem.title(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad Request", detail);
  }

  /** A 400 that names what is wrong, field by field. */
  public static ProblemException invalid(String detail, List<Problem.FieldProblem> errors) {
    return new ProblemException(Problem.of(400, "Bad Request", detail).withErrors(errors));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not Found", detail);
  }

  public static ProblemException payloadTooLarge(long limit) {
    return new ProblemException(
        413, "Payload Too Large", "The request body is larger than " + limit + " bytes.");
  }
}
