package nl.steunpunt.trust;

import java.util.Objects;
import java.util.Optional;

/**
 * The SHA-256 of a bundle's installed content, or why there is none.
 *
 * @param sha256 the digest in lower-case hex; empty when the content could not be read
 * @param problem why not (no path: it may name a user's directory); empty when there is a digest
 */
public record InstalledDigest(Optional<String> sha256, String problem) {

  public InstalledDigest {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(problem, "problem");
  }

  /** A digest that was computed. */
  public static InstalledDigest of(String sha256) {
    return new InstalledDigest(Optional.of(sha256), "");
  }

  /** No digest, for the reason given. */
  public static InstalledDigest unreadable(String problem) {
    return new InstalledDigest(Optional.empty(), problem);
  }
}
