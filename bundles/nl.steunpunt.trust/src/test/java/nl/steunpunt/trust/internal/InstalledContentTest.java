package nl.steunpunt.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class InstalledContentTest {

  @TempDir Path archive;

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private void store(String revision, byte[] jar) throws Exception {
    Path folder = Files.createDirectories(archive.resolve(revision));
    Files.write(folder.resolve("bundle.jar"), jar);
    Files.writeString(folder.resolve("revision.location"), "file:/somewhere/x.jar");
  }

  @Test
  public void theDigestOfTheStoredJarIsTheSha256sumOfTheJarThatWasInstalled() throws Exception {
    byte[] jar = "PK the installed bytes".getBytes();
    store("version0.0", jar);
    Files.writeString(archive.resolve("bundle.info"), "1\nfile:/somewhere/x.jar\n");

    assertThat(InstalledContent.digest(archive).sha256()).hasValue(sha256(jar));
  }

  @Test
  public void afterAnUpdateTheHighestRevisionCountsNotTheFirst() throws Exception {
    byte[] first = "first".getBytes();
    byte[] second = "second".getBytes();
    byte[] tenth = "tenth".getBytes();
    store("version0.0", first);
    store("version0.1", second);
    assertThat(InstalledContent.digest(archive).sha256()).hasValue(sha256(second));
    // Numbers, not text: 10 comes after 9.
    store("version0.9", second);
    store("version0.10", tenth);
    assertThat(InstalledContent.digest(archive).sha256()).hasValue(sha256(tenth));
  }

  @Test
  public void aBundleInstalledByReferenceHasNoStoredJarAndNoDigest() throws Exception {
    Path folder = Files.createDirectories(archive.resolve("version0.0"));
    Files.writeString(folder.resolve("revision.location"), "reference:file:/somewhere/x.jar");

    assertThat(InstalledContent.digest(archive).sha256()).isEmpty();
    assertThat(InstalledContent.digest(archive).problem()).contains("reference");
  }

  @Test
  public void aMissingArchiveHasNoDigest() {
    assertThat(InstalledContent.digest(archive.resolve("bundle99")).sha256()).isEmpty();
  }

  @Test
  public void thePlatformListNamesEachShippedJarByNameVersionAndDigest() throws Exception {
    Path system = Files.createDirectories(archive.resolve("system/org/example/lib/1.0"));
    Path lib =
        TestJars.write(
            system.resolve("lib-1.0.jar"), "org.example.lib;singleton:=true", "1.0", null);
    TestJars.write(
        system.resolve("partner-1.0.jar"),
        "org.example.partner",
        "1.0",
        "p;kind=OTHER;purpose=EVALUATION");
    Files.writeString(system.resolve("lib-1.0.pom"), "<project/>");

    List<String> lines = PlatformListWriter.lines(archive.resolve("system"));

    String sha = sha256(Files.readAllBytes(lib));
    assertThat(lines)
        .containsExactly(sha + " org.example.lib 1.0.0 org/example/lib/1.0/lib-1.0.jar");
    PlatformList platform = PlatformList.parse(lines);
    assertThat(platform.contains("org.example.lib", Version.parseVersion("1.0"), sha)).isTrue();
    assertThat(platform.names("org.example.partner", Version.parseVersion("1.0"))).isFalse();
  }

  @Test
  public void aDemoBundleIsOnThePlatformListMarkedAsDemo() throws Exception {
    Path system = Files.createDirectories(archive.resolve("system/nl/steunpunt/demo/0.1"));
    Path demo =
        TestJars.write(system.resolve("demo-0.1.jar"), "nl.steunpunt.demo", "0.1", null, true);
    Path lib = TestJars.write(system.resolve("lib-0.1.jar"), "org.example.lib", "0.1", null);

    List<String> lines = PlatformListWriter.lines(archive.resolve("system"));

    assertThat(lines)
        .containsExactly(
            sha256(Files.readAllBytes(demo))
                + " nl.steunpunt.demo 0.1.0 nl/steunpunt/demo/0.1/demo-0.1.jar demo",
            sha256(Files.readAllBytes(lib))
                + " org.example.lib 0.1.0 nl/steunpunt/demo/0.1/lib-0.1.jar");
    PlatformList platform = PlatformList.parse(lines);
    assertThat(platform.demoOnly("nl.steunpunt.demo", Version.parseVersion("0.1"))).isTrue();
    assertThat(platform.demoOnly("org.example.lib", Version.parseVersion("0.1"))).isFalse();
  }
}
