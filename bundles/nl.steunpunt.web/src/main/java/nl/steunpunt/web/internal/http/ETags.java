package nl.steunpunt.web.internal.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.steunpunt.partner.http.ProblemException;

/**
 * Strong entity tags over record versions ({@code "3"}), and the {@code If-Match} header every
 * update must carry with the tag of the version it read.
 */
public final class ETags {

  private static final Pattern QUOTED_VERSION = Pattern.compile("\"(\\d{1,18})\"");

  private ETags() {}

  /** The entity tag of a version. */
  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Reads the version an update names.
   *
   * @param ifMatch the value of the If-Match header, or null
   * @return the version
   * @throws ProblemException 428 when the header is missing, 400 when it is not one quoted version
   */
  public static long ifMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428,
          "Precondition Required",
          "An update needs an If-Match header with the ETag of the version it read.");
    }
    Matcher matcher = QUOTED_VERSION.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw ProblemException.badRequest(
          "If-Match must be one strong ETag as this service gives it, such as \"3\".");
    }
    return Long.parseLong(matcher.group(1));
  }
}
