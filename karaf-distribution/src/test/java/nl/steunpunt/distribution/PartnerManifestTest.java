package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * No partner bundle the distribution ships can be wired to the store contract ({@code
 * nl.steunpunt.store}): read from the built manifests of every jar under the assembly's {@code
 * system/} that declares a partner ({@code Steunpunt-Partner}), which must include the reference
 * partners and the evaluation. A unit test of the build (no Karaf), run after the assembly.
 */
public class PartnerManifestTest {

  private static final String STORE = "nl.steunpunt.store";
  private static final Set<String> KNOWN_PARTNERS =
      Set.of(
          "nl.steunpunt.partner.municipality",
          "nl.steunpunt.partner.police",
          "nl.steunpunt.partner.therapy",
          "nl.steunpunt.evaluation");

  @Test
  public void noPartnerBundleOfTheDistributionCanWireToTheStoreContract() throws IOException {
    Map<String, List<String>> wiringByPartner = new TreeMap<>();
    Path system =
        Path.of(System.getProperty("project.build.directory", "target"), "assembly", "system");
    List<Path> jars;
    try (Stream<Path> files = Files.walk(system.resolve("nl/steunpunt"))) {
      jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Attributes main = file.getManifest().getMainAttributes();
        if (main.getValue("Steunpunt-Partner") != null) {
          wiringByPartner.put(
              main.getValue("Bundle-SymbolicName").split(";")[0].strip(),
              ManifestWiring.toPackage(main, STORE, STORE));
        }
      }
    }

    assertThat(wiringByPartner.keySet()).containsAll(KNOWN_PARTNERS);
    assertThat(wiringByPartner).allSatisfy((name, wiring) -> assertThat(wiring).as(name).isEmpty());
  }

  @Test
  public void anImportOfTheStoreIsFoundWithOrWithoutItsMandatoryAttribute() {
    assertThat(wiring("Import-Package", "nl.steunpunt.api;version=\"[1.0,2)\",nl.steunpunt.store"))
        .containsExactly("Import-Package: nl.steunpunt.store");
    assertThat(
            wiring(
                "Import-Package",
                "nl.steunpunt.store;steunpunt=platform;version=\"[1.0,2)\";resolution:=optional"))
        .containsExactly("Import-Package: nl.steunpunt.store");
  }

  @Test
  public void aDynamicImportRequiredBundleOrHostThatReachesTheStoreIsFound() {
    assertThat(wiring("DynamicImport-Package", "*")).hasSize(1);
    assertThat(wiring("DynamicImport-Package", "org.example.*,nl.steunpunt.*")).hasSize(1);
    assertThat(wiring("DynamicImport-Package", "nl.steunpunt.store.*")).hasSize(1);
    assertThat(wiring("Require-Bundle", "nl.steunpunt.store;bundle-version=\"[0.1,1)\""))
        .hasSize(1);
    assertThat(wiring("Fragment-Host", "nl.steunpunt.store")).hasSize(1);
  }

  @Test
  public void thePublicApiAndPackagesThatOnlyLookLikeTheStoreAreNotTheStore() {
    assertThat(
            wiring(
                "Import-Package",
                "nl.steunpunt.api.family;version=\"[1.0,2)\",nl.steunpunt.storefront,"
                    + "nl.steunpunt.store.jdbc.internal"))
        .isEmpty();
    assertThat(wiring("DynamicImport-Package", "nl.steunpunt.api.*,nl.steunpunt.storefront"))
        .isEmpty();
    assertThat(wiring("Require-Bundle", "nl.steunpunt.api")).isEmpty();
  }

  private static List<String> wiring(String header, String value) {
    Attributes manifest = new Attributes();
    manifest.putValue(header, value);
    return ManifestWiring.toPackage(manifest, STORE, STORE);
  }
}
