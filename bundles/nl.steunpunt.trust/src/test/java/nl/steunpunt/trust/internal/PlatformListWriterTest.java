package nl.steunpunt.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/** The platform list of a distribution whose demo comes as a KAR, not in {@code system/}. */
class PlatformListWriterTest {

  private static final String DEMO_PATH =
      "nl/steunpunt/nl.steunpunt.demo/0.1.0-SNAPSHOT/nl.steunpunt.demo-0.1.0-SNAPSHOT.jar";

  @TempDir Path folder;

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** A KAR as karaf-maven-plugin writes one: the jars and the features file under repository/. */
  private Path kar(String name, Path... jars) throws Exception {
    Path kar = folder.resolve(name);
    try (OutputStream out = Files.newOutputStream(kar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\r\n\r\n".getBytes());
      zip.putNextEntry(new ZipEntry("repository/"));
      zip.putNextEntry(
          new ZipEntry(
              "repository/nl/steunpunt/steunpunt-demo/0.1.0-SNAPSHOT/"
                  + "steunpunt-demo-0.1.0-SNAPSHOT-features.xml"));
      zip.write("<features/>".getBytes());
      for (Path jar : jars) {
        zip.putNextEntry(new ZipEntry("repository/" + folder.relativize(jar)));
        zip.write(Files.readAllBytes(jar));
      }
    }
    return kar;
  }

  private Path jar(String path, String symbolicName, String partner, boolean demo)
      throws Exception {
    Path jar = folder.resolve(path);
    Files.createDirectories(jar.getParent());
    return TestJars.write(jar, symbolicName, "0.1.0.SNAPSHOT", partner, demo);
  }

  @Test
  public void theDemoKarsBundleIsOnTheListMarkedDemoThoughNotInSystem() throws Exception {
    Path system = Files.createDirectories(folder.resolve("assembly/system/org/example/lib"));
    Path lib = TestJars.write(system.resolve("lib-1.0.jar"), "org.example.lib", "1.0", null);
    Path demo = jar(DEMO_PATH, "nl.steunpunt.demo", null, true);
    Path kar = kar("steunpunt-demo.kar", demo);
    Path out = folder.resolve("nl.steunpunt.trust.platform");

    PlatformListWriter.main(
        new String[] {
          folder.resolve("assembly/system").toString(), out.toString(), kar.toString()
        });

    String demoSha = sha256(Files.readAllBytes(demo));
    assertThat(Files.readAllLines(out))
        .filteredOn(line -> !line.startsWith("#"))
        .containsExactly(
            sha256(Files.readAllBytes(lib)) + " org.example.lib 1.0.0 org/example/lib/lib-1.0.jar",
            demoSha + " nl.steunpunt.demo 0.1.0.SNAPSHOT " + DEMO_PATH + " demo");
    PlatformList platform = PlatformList.read(out);
    Version version = Version.parseVersion("0.1.0.SNAPSHOT");
    assertThat(platform.demoOnly("nl.steunpunt.demo", version)).isTrue();
    assertThat(platform.contains("nl.steunpunt.demo", version, demoSha)).isTrue();
  }

  @Test
  public void withoutADemoKarTheListHoldsNoDemoBundle() throws Exception {
    Path system = Files.createDirectories(folder.resolve("system/org/example/lib"));
    TestJars.write(system.resolve("lib-1.0.jar"), "org.example.lib", "1.0", null);
    Path out = folder.resolve("nl.steunpunt.trust.platform");

    PlatformListWriter.main(new String[] {folder.resolve("system").toString(), out.toString()});

    assertThat(Files.readAllLines(out))
        .filteredOn(line -> !line.startsWith("#"))
        .singleElement()
        .asString()
        .doesNotEndWith(" demo");
    assertThat(PlatformList.read(out).demoOnly("nl.steunpunt.demo", Version.parseVersion("0.1.0")))
        .isFalse();
  }

  /** Else whatever else the KAR carried would be platform code on every node. */
  @Test
  public void aDemoKarThatCarriesABundleNotMarkedDemoFailsTheBuild() throws Exception {
    Path demo = jar(DEMO_PATH, "nl.steunpunt.demo", null, true);
    Path other = jar("org/example/lib/1.0/lib-1.0.jar", "org.example.lib", null, false);
    Path kar = kar("steunpunt-demo.kar", demo, other);

    assertThatThrownBy(() -> PlatformListWriter.demoLines(kar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repository/org/example/lib/1.0/lib-1.0.jar")
        .hasMessageContaining("not a demo bundle");
  }

  @Test
  public void aDemoKarThatCarriesAPartnerBundleFailsTheBuild() throws Exception {
    Path partner =
        jar(
            "org/example/partner/1.0/partner-1.0.jar",
            "org.example.partner",
            "p;kind=OTHER;purpose=EVALUATION",
            true);
    Path kar = kar("steunpunt-demo.kar", partner);

    assertThatThrownBy(() -> PlatformListWriter.demoLines(kar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a demo bundle");
  }

  @Test
  public void aDemoKarWithoutABundleFailsTheBuild() throws Exception {
    Path kar = kar("empty.kar");

    assertThatThrownBy(() -> PlatformListWriter.demoLines(kar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries no demo bundle");
  }
}
