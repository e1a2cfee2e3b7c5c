package nl.steunpunt.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import nl.steunpunt.trust.InstalledDigest;

/**
 * The SHA-256 of the bytes the framework stored for a bundle. Felix keeps a copy of every installed
 * or updated jar under {@code <storage>/bundle<id>/version<N>.<M>/bundle.jar}, where M counts the
 * revisions (updates) and N the refreshes of a bundle with native code; the current revision is the
 * highest M. A bundle installed by {@code reference:} has no copy there: its bytes live wherever
 * the location points and may change under the framework, so it has no digest.
 */
final class InstalledContent {

  static final String JAR = "bundle.jar";
  private static final String REVISION = "version";

  private InstalledContent() {}

  /** The digest of the current revision's stored jar in a bundle's archive folder. */
  static InstalledDigest digest(Path archive) {
    Optional<Path> revision = currentRevision(archive);
    if (revision.isEmpty()) {
      return InstalledDigest.unreadable("no stored revision");
    }
    Path jar = revision.get().resolve(JAR);
    if (!Files.isRegularFile(jar)) {
      return InstalledDigest.unreadable("no stored jar (installed by reference or as a folder)");
    }
    try {
      return sha256(jar);
    } catch (IOException e) {
      return InstalledDigest.unreadable("stored jar unreadable: " + e.getClass().getSimpleName());
    }
  }

  /** The folder of the current revision: the highest revision number, then refresh count. */
  static Optional<Path> currentRevision(Path archive) {
    try (Stream<Path> children = Files.list(archive)) {
      return children
          .filter(Files::isDirectory)
          .filter(p -> revisionNumbers(p) != null)
          .max(
              Comparator.comparingLong((Path p) -> revisionNumbers(p)[1])
                  .thenComparingLong(p -> revisionNumbers(p)[0]));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {refresh count, revision} of a folder named {@code version<N>.<M>}; null for other names. */
  private static long[] revisionNumbers(Path folder) {
    String name = folder.getFileName().toString();
    if (!name.startsWith(REVISION)) {
      return null;
    }
    String numbers = name.substring(REVISION.length());
    int dot = numbers.lastIndexOf('.');
    try {
      return new long[] {
        Long.parseLong(numbers.substring(0, dot)), Long.parseLong(numbers.substring(dot + 1))
      };
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  /** The SHA-256 of a file, as {@code sha256sum} prints it. */
  static InstalledDigest sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return InstalledDigest.of(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
