package nl.steunpunt.core.internal.partner.trust;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import nl.steunpunt.trust.BundleTrust;
import nl.steunpunt.trust.InstalledDigest;
import org.osgi.framework.Bundle;

/**
 * The SHA-256 of a bundle's jar, or why it could not be computed. For an installed bundle it is the
 * digest of its installed content, computed by the trust bundle ({@link BundleTrust#digest}), the
 * one computation the resolver hook, the trust verdicts and {@code steunpunt:partner-allow} share.
 *
 * @param sha256 the digest in lower-case hex; empty when the jar could not be read
 * @param problem why not, without the location (it may name a user's directory)
 */
public record JarDigest(Optional<String> sha256, String problem) {

  public JarDigest {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(problem, "problem");
  }

  public static JarDigest of(String sha256) {
    return new JarDigest(Optional.of(sha256), "");
  }

  public static JarDigest failed(String problem) {
    return new JarDigest(Optional.empty(), problem);
  }

  /**
   * The digest of the bytes the framework installed for the bundle's current revision (not of its
   * location, which {@code bundle:update} can point elsewhere).
   */
  public static JarDigest of(BundleTrust trust, Bundle bundle) {
    InstalledDigest installed = trust.digest(bundle);
    return installed
        .sha256()
        .map(JarDigest::of)
        .orElseGet(() -> failed("its installed content cannot be read: " + installed.problem()));
  }

  /** Reads the stream to its end and closes it. */
  public static JarDigest of(InputStream jar) throws IOException {
    try (jar) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = jar.read(buffer); n >= 0; n = jar.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return of(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
