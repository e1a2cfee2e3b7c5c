package nl.steunpunt.web.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A user name and password from an HTTP Basic {@code Authorization} header (RFC 7617). */
record BasicCredentials(String user, char[] password) {

  private static final String SCHEME = "basic ";

  static Optional<BasicCredentials> parse(String header) {
    if (header == null
        || header.length() <= SCHEME.length()
        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(header.substring(SCHEME.length()).trim());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String pair = new String(decoded, StandardCharsets.UTF_8);
    int colon = pair.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1).toCharArray()));
  }
}
