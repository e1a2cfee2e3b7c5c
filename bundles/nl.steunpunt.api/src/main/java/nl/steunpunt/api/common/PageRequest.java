package nl.steunpunt.api.common;

/**
 * Which page of a result to return.
 *
 * @param offset the number of results to skip, from 0
 * @param limit the largest number of results to return, from 1 to {@value #MAX_LIMIT}
 * @since 0.1
 */
public record PageRequest(int offset, int limit) {

  /** The largest page a caller may ask for. */
  public static final int MAX_LIMIT = 200;

  /** The first page of the default size, 50. */
  public static final PageRequest FIRST = new PageRequest(0, 50);

  /**
   * Creates a page request.
   *
   * @throws ValidationException when offset or limit is out of range
   */
  public PageRequest {
    if (offset < 0) {
      throw ValidationException.of("offset", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ValidationException.of("limit", "must be from 1 to " + MAX_LIMIT);
    }
  }
}
