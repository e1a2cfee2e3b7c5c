package nl.steunpunt.web.internal.http;

/** Thrown by request handling to end the request with a problem response. */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(int status, String title, String detail) {
    super(title, null, false, false);
    this.problem = Problem.of(status, title, detail);
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad Request", detail);
  }

  public static ProblemException payloadTooLarge(long limit) {
    return new ProblemException(
        413, "Payload Too Large", "The request body is larger than " + limit + " bytes.");
  }
}
