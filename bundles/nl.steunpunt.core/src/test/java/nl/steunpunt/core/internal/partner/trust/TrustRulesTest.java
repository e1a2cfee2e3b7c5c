package nl.steunpunt.core.internal.partner.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

public class TrustRulesTest {

  public static final String HEADER = "gm0363;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT";
  static final String SHA = "a".repeat(64);
  static final AllowEntry ENTRY = AllowEntry.of("nl.example.gm", "[1.0,2.0)", SHA);

  static TrustVerdict decide(String name, String version, String header, JarDigest digest) {
    return TrustRules.decide(name, Version.parseVersion(version), header, digest, List.of(ENTRY));
  }

  @Test
  void aListedBundleWithTheListedJarIsTrusted() {
    TrustVerdict verdict = decide("nl.example.gm", "1.2.0", HEADER, JarDigest.of(SHA));
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.declaration()).map(PartnerDeclaration::partnerId).contains("gm0363");
  }

  @Test
  void aBundleNotOnTheListIsRefused() {
    TrustVerdict verdict = decide("nl.example.other", "1.2.0", HEADER, JarDigest.of(SHA));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.alert())
        .isEqualTo("partner bundle nl.example.other 1.2.0 not on the allow-list");
  }

  @Test
  void aVersionOutsideTheRangeIsRefused() {
    assertThat(decide("nl.example.gm", "2.0.0", HEADER, JarDigest.of(SHA)).reason())
        .isEqualTo(TrustRules.NOT_LISTED);
  }

  @Test
  void anotherJarUnderTheListedNameAndVersionIsRefused() {
    assertThat(decide("nl.example.gm", "1.0.0", HEADER, JarDigest.of("b".repeat(64))).reason())
        .isEqualTo(TrustRules.WRONG_JAR);
  }

  @Test
  void aJarThatCannotBeReadIsNotTrusted() {
    TrustVerdict verdict =
        decide("nl.example.gm", "1.0.0", HEADER, JarDigest.failed("UnknownServiceException"));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reason()).contains("jar could not be read", "UnknownServiceException");
  }

  @Test
  void aListedBundleWithAMalformedHeaderIsRefused() {
    TrustVerdict verdict =
        decide("nl.example.gm", "1.0.0", "gm0363;kind=MUNICIPALITY", JarDigest.of(SHA));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.declaration()).isEmpty();
    assertThat(verdict.alert()).startsWith("partner bundle nl.example.gm 1.0.0 malformed");
  }

  @Test
  void anEmptyAllowListTrustsNobody() {
    assertThat(
            TrustRules.decide(
                    "nl.example.gm",
                    Version.parseVersion("1.0.0"),
                    HEADER,
                    JarDigest.of(SHA),
                    List.of())
                .allowed())
        .isFalse();
  }

  @Test
  void theDigestIsTheSha256OfTheJarInLowerCaseHex() throws Exception {
    JarDigest digest =
        JarDigest.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));
    assertThat(digest.sha256())
        .contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void allowEntriesAreReadStrictly() {
    assertThat(AllowEntry.of(" nl.example.gm ", "1.0.0", SHA.toUpperCase()).sha256())
        .isEqualTo(SHA);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AllowEntry.of("nl.example.gm", "[1.0,", SHA))
        .withMessageContaining("versionRange");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AllowEntry.of("nl.example.gm", "1.0.0", "abc"))
        .withMessageContaining("sha256");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AllowEntry.of(" ", "1.0.0", SHA))
        .withMessageContaining("symbolicName");
  }
}
