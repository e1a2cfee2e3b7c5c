package nl.steunpunt.partner.therapy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import nl.steunpunt.api.partner.PartnerHeader;
import org.junit.jupiter.api.Test;

/**
 * The manifest bnd wrote (process-classes runs before the tests): the partner declaration, and no
 * import of the platform but its public API. The enforcer rule keeps core off the build path; this
 * checks the result.
 */
class ManifestTest {

  private static Manifest manifest() throws Exception {
    try (InputStream in =
        Files.newInputStream(Path.of("target", "classes", "META-INF", "MANIFEST.MF"))) {
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

  @Test
  void declaresThePartner() throws Exception {
    assertThat(manifest().getMainAttributes().getValue(PartnerHeader.NAME))
        .isEqualTo("therapy-demo;kind=THERAPY;purpose=THERAPY");
  }

  @Test
  void importsNothingOfThePlatformButItsApi() throws Exception {
    List<String> imports = packages(manifest().getMainAttributes().getValue("Import-Package"));

    assertThat(imports).isNotEmpty();
    assertThat(imports)
        .filteredOn(p -> p.startsWith("nl.steunpunt."))
        .allMatch(p -> p.startsWith("nl.steunpunt.api."));
  }

  @Test
  void exportsNothing() throws Exception {
    assertThat(manifest().getMainAttributes().getValue("Export-Package")).isNull();
  }
}
