package nl.steunpunt.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KarBundleTest {

  @TempDir Path folder;

  @Test
  void theAllowListEntryPinsTheExactBytesAndVersionOfTheBundleInTheKar() throws Exception {
    byte[] bundle = jar("nl.example.partner;singleton:=true", "1.0.0.SNAPSHOT", "gm0344;kind=X");
    Path kar = kar(bundle, jar(null, null, null));

    var bundles = KarBundle.in(kar);

    assertThat(bundles).hasSize(1);
    KarBundle found = bundles.get(0);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle));
    assertThat(found.partnerId()).contains("gm0344");
    assertThat(found.allowCommand())
        .isEqualTo(
            "steunpunt:partner-allow --symbolic-name nl.example.partner"
                + " --version-range '[1.0.0.SNAPSHOT,1.0.0.SNAPSHOT]' --sha256 "
                + sha256);
  }

  @Test
  void aKarWithoutABundleIsRefused() throws Exception {
    Path kar = kar(jar(null, null, null));

    assertThatThrownBy(() -> KarBundle.in(kar)).hasMessageContaining("carries no bundle");
  }

  @Test
  void theCursorIsReadFromTheConsolesDetailAndIsEmptyBeforeDeliveryStarts() {
    assertThat(
            Partner.cursorIn(
                "gm0344  kind MUNICIPALITY, purpose MUNICIPAL_SUPPORT\n"
                    + "  delivery  running here, lease n1; cursor 475 of 480, backlog at most 5"))
        .hasValue(475);
    assertThat(Partner.cursorIn("police  kind POLICE\n  delivery  never started (no cursor)"))
        .isEmpty();
  }

  @Test
  void thePartnerIdIsTheGrantsLastWord() {
    Settings settings =
        new Settings(
            null,
            null,
            null,
            null,
            null,
            "--kind OTHER --category EVENTS --timeline  kit-check ",
            "a",
            "/");

    assertThat(settings.partnerId()).isEqualTo("kit-check");
  }

  private Path kar(byte[]... jars) throws IOException {
    Path kar = folder.resolve("partner.kar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kar))) {
      zip.putNextEntry(new ZipEntry("repository/partner-features.xml"));
      zip.write("<features/>".getBytes());
      for (int i = 0; i < jars.length; i++) {
        zip.putNextEntry(new ZipEntry("repository/nl/example/p" + i + "/1.0/p" + i + "-1.0.jar"));
        zip.write(jars[i]);
      }
    }
    return kar;
  }

  private static byte[] jar(String symbolicName, String version, String partner)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (symbolicName != null) {
      main.putValue("Bundle-SymbolicName", symbolicName);
      main.putValue("Bundle-Version", version);
      main.putValue("Steunpunt-Partner", partner);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new JarOutputStream(bytes, manifest)) {
      out.flush();
    }
    return bytes.toByteArray();
  }
}
