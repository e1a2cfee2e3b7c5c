package nl.steunpunt.partner.http;

/** Ends a request with a problem answer; thrown by the HTTP layer, mapped by {@link Problems}. */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public ProblemException(int status, String title, String detail) {
    this(Problem.of(status, title, detail));
  }

  public Problem problem() {
    return problem;
  }
}
