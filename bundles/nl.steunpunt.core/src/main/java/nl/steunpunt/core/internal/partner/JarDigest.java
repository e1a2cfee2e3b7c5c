package nl.steunpunt.core.internal.partner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.osgi.framework.Bundle;

/**
 * The SHA-256 of the jar a bundle was installed from, or why it could not be computed.
 *
 * @param sha256 the digest in lower-case hex; empty when the jar could not be read
 * @param problem why not, without the location (it may name a user's directory)
 */
public record JarDigest(Optional<String> sha256, String problem) {

  public JarDigest {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(problem, "problem");
  }

  static JarDigest of(String sha256) {
    return new JarDigest(Optional.of(sha256), "");
  }

  static JarDigest failed(String problem) {
    return new JarDigest(Optional.empty(), problem);
  }

  /**
   * The digest of the jar a bundle was installed from, read from its location; the one way the
   * allow-list's digests are computed, by the trust check and by whoever writes an entry.
   */
  public static JarDigest of(Bundle bundle) {
    try (InputStream jar = new URL(bundle.getLocation()).openStream()) {
      return of(jar);
    } catch (IOException | RuntimeException e) {
      // The location itself may name a user's directory: only the kind of failure is kept.
      return failed("its location cannot be read: " + e.getClass().getSimpleName());
    }
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
