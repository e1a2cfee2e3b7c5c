package nl.steunpunt.partner.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import nl.steunpunt.api.partner.PartnerHeader;

/**
 * Checks on the bundle bnd wrote in the module under test ({@code target/classes}; process-classes
 * runs before the tests): the partner declaration, no import of the platform but its public API, no
 * export, and the kit's page module in {@code web/}. The enforcer rule keeps core off the build
 * path; these check the result.
 */
public final class ManifestChecks {

  private static final Path CLASSES = Path.of("target", "classes");

  private ManifestChecks() {}

  /** The bundle declares the partner with exactly this header value. */
  public static void assertDeclares(String declaration) throws IOException {
    assertThat(manifest().getMainAttributes().getValue(PartnerHeader.NAME)).isEqualTo(declaration);
  }

  /** The bundle imports no package of the platform but those of its public API. */
  public static void assertImportsOnlyTheApi() throws IOException {
    List<String> imports = packages(manifest().getMainAttributes().getValue("Import-Package"));

    assertThat(imports).isNotEmpty();
    assertThat(imports)
        .filteredOn(p -> p.startsWith("nl.steunpunt."))
        .allMatch(p -> p.startsWith("nl.steunpunt.api."));
  }

  /** The bundle exports nothing. */
  public static void assertExportsNothing() throws IOException {
    assertThat(manifest().getMainAttributes().getValue("Export-Package")).isNull();
  }

  /** The kit's shared page module was copied into the bundle's {@code web/} folder. */
  public static void assertServesTheKitModule() {
    assertThat(CLASSES.resolve("web").resolve("partner-kit.js")).isRegularFile();
  }

  private static Manifest manifest() throws IOException {
    try (InputStream in =
        Files.newInputStream(CLASSES.resolve("META-INF").resolve("MANIFEST.MF"))) {
      return new Manifest(in);
    }
  }

  /** The package names of an Import-Package value (commas inside quotes are not separators). */
  static List<String> packages(String header) {
    List<String> names = new ArrayList<>();
    boolean quoted = false;
    StringBuilder clause = new StringBuilder();
    for (char c : (header + ",").toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        names.add(clause.toString().split(";", 2)[0].strip());
        clause.setLength(0);
      } else {
        clause.append(c);
      }
    }
    return names;
  }
}
