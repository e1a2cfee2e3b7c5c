package nl.steunpunt.web.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON package is below the HTTP package: it uses the kit's problems, never the web bundle's
 * other packages, so {@code web.internal.http} → {@code web.internal.json} stays one way.
 */
class JsonPackageDependenciesTest {

  private static final Path SOURCES = Path.of("src/main/java/nl/steunpunt/web/internal/json");
  private static final Pattern WEB_PACKAGE =
      Pattern.compile("nl\\.steunpunt\\.web\\.internal\\.(\\w+)");

  @Test
  void theJsonPackageUsesNoOtherPackageOfTheWebBundle() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SOURCES)) {
      files = list.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Matcher matcher = WEB_PACKAGE.matcher(Files.readString(file));
      while (matcher.find()) {
        assertThat(matcher.group(1))
            .as(file.getFileName() + " uses " + matcher.group())
            .isEqualTo("json");
      }
    }
  }
}
