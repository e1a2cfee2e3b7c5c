package nl.steunpunt.api.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API's packages depend one way: a trajectory is of a family, so {@code api.trajectory} may use
 * {@code api.family} and never the reverse (2.0 broke the cycle the two had). Read from the
 * compiled classes, where every type a class uses is named.
 */
class PackageDirectionTest {

  private static final Path CLASSES =
      Path.of(System.getProperty("basedir", "."), "target/classes/nl/steunpunt/api");

  @Test
  void theFamilyPackageUsesNothingOfTheTrajectoryPackage() throws IOException {
    assertThat(classesNaming("family", "nl/steunpunt/api/trajectory/")).isEmpty();
  }

  @Test
  void theCheckSeesAUseWhereThereIsOne() throws IOException {
    assertThat(classesNaming("trajectory", "nl/steunpunt/api/family/")).isNotEmpty();
  }

  private static List<String> classesNaming(String pkg, String other) throws IOException {
    try (Stream<Path> files = Files.list(CLASSES.resolve(pkg))) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(f -> read(f).contains(other))
          .map(f -> f.getFileName().toString())
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
