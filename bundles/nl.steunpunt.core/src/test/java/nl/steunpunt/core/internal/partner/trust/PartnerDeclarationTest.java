package nl.steunpunt.core.internal.partner.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerDeclarationTest {

  @Test
  void aWellFormedHeaderNamesPartnerKindAndPurpose() {
    assertThat(PartnerDeclaration.parse("gm0363;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT"))
        .isEqualTo(
            new PartnerDeclaration(
                "gm0363", OrganisationKind.MUNICIPALITY, Purpose.MUNICIPAL_SUPPORT));
    assertThat(PartnerDeclaration.parse(" therapy-demo ; purpose=THERAPY ; kind=THERAPY "))
        .isEqualTo(
            new PartnerDeclaration("therapy-demo", OrganisationKind.THERAPY, Purpose.THERAPY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "gm0363",
        "gm0363;kind=MUNICIPALITY",
        "GM0363;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT",
        "gm--0363;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT",
        "gm0363;kind=municipality;purpose=MUNICIPAL_SUPPORT",
        "gm0363;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT;extra=X",
        "gm0363;kind=MUNICIPALITY;kind=POLICE",
        "gm0363;kind=\"MUNICIPALITY\";purpose=MUNICIPAL_SUPPORT",
        "gm0363;kind=TOWN;purpose=MUNICIPAL_SUPPORT",
        "gm0363;kind=MUNICIPALITY;purpose=EMERGENCY",
        "gm0363;kind:=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT",
        "gm0363,other;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT"
      })
  void aMalformedHeaderIsRefusedWithAReason(String header) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartnerDeclaration.parse(header))
        .withMessageStartingWith("malformed Steunpunt-Partner header: ");
  }

  @Test
  void aPartnerIdLongerThan64CharactersIsRefused() {
    String id = "a".repeat(65);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartnerDeclaration.parse(id + ";kind=OTHER;purpose=EVALUATION"));
  }
}
