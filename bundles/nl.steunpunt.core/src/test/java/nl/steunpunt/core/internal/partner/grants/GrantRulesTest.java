package nl.steunpunt.core.internal.partner.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;
import org.junit.jupiter.api.Test;

class GrantRulesTest {

  static final PartnerDeclaration GM =
      new PartnerDeclaration("gm0363", OrganisationKind.MUNICIPALITY, Purpose.MUNICIPAL_SUPPORT);

  static PartnerGrantConfig config(
      String partnerId,
      OrganisationKind kind,
      Purpose purpose,
      String organisation,
      String... municipalities) {
    return new PartnerGrantConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return PartnerGrantConfig.class;
      }

      @Override
      public String partnerId() {
        return partnerId;
      }

      @Override
      public OrganisationKind kind() {
        return kind;
      }

      @Override
      public Purpose purpose() {
        return purpose;
      }

      @Override
      public String organisation() {
        return organisation;
      }

      @Override
      public String[] municipalities() {
        return municipalities;
      }

      @Override
      public DataCategory[] categories() {
        return new DataCategory[] {DataCategory.EVENTS, DataCategory.IDENTITY};
      }

      @Override
      public boolean timeline() {
        return true;
      }

      @Override
      public boolean fromStart() {
        return false;
      }
    };
  }

  static Configured<PartnerGrant> gm(String pid) {
    return PartnerGrantReader.read(
        pid,
        config(
            "gm0363",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            "GM0363",
            "0363",
            "0457"));
  }

  @Test
  void aGrantConfigurationIsReadIntoAGrant() {
    PartnerGrant grant = gm("grant.1").value().orElseThrow();
    assertThat(grant.municipalities()).containsExactlyInAnyOrder("0363", "0457");
    assertThat(grant.organisation()).contains("GM0363");
    assertThat(grant.categories())
        .containsExactlyInAnyOrder(DataCategory.EVENTS, DataCategory.IDENTITY);
    assertThat(grant.timeline()).isTrue();
  }

  @Test
  void anInvalidGrantConfigurationIsKeptOutWithAReason() {
    assertThat(
            PartnerGrantReader.read(
                    "g",
                    config(
                        "GM 0363",
                        OrganisationKind.MUNICIPALITY,
                        Purpose.MUNICIPAL_SUPPORT,
                        "GM0363",
                        "0363"))
                .problem())
        .contains("partnerId");
    assertThat(
            PartnerGrantReader.read(
                    "g",
                    config(
                        "gm0363",
                        OrganisationKind.MUNICIPALITY,
                        Purpose.MUNICIPAL_SUPPORT,
                        "GM0363"))
                .problem())
        .contains("needs municipalities");
    assertThat(
            PartnerGrantReader.read(
                    "g",
                    config(
                        "gm0363",
                        OrganisationKind.MUNICIPALITY,
                        Purpose.MUNICIPAL_SUPPORT,
                        "GM0363",
                        "GM0363"))
                .problem())
        .contains("CBS codes");
    assertThat(
            PartnerGrantReader.read(
                    "g", config("p", OrganisationKind.POLICE, Purpose.EMERGENCY, "police"))
                .value())
        .isEmpty();
    assertThat(
            PartnerGrantReader.read(
                    "g",
                    config("p", OrganisationKind.POLICE, Purpose.SECURITY_REPORTING, "Police!"))
                .problem())
        .contains("organisation");
  }

  @Test
  void aTrustedBundleGetsTheOneGrantMatchingItsDeclaration() {
    assertThat(GrantRules.grantFor(GM, List.of(gm("grant.1"))))
        .map(PartnerGrant::partnerId)
        .contains("gm0363");
  }

  @Test
  void noGrantOrAnAmbiguousOrMismatchedGrantGivesNothing() {
    assertThat(GrantRules.grantFor(GM, List.of())).isEmpty();
    assertThat(GrantRules.grantFor(GM, List.of(gm("grant.1"), gm("grant.2")))).isEmpty();
    PartnerDeclaration police =
        new PartnerDeclaration("gm0363", OrganisationKind.POLICE, Purpose.SECURITY_REPORTING);
    assertThat(GrantRules.grantFor(police, List.of(gm("grant.1")))).isEmpty();
    PartnerDeclaration otherPurpose =
        new PartnerDeclaration("gm0363", OrganisationKind.MUNICIPALITY, Purpose.EVALUATION);
    assertThat(GrantRules.grantFor(otherPurpose, List.of(gm("grant.1")))).isEmpty();
  }

  @Test
  void theOperatorIsAlertedToInvalidAmbiguousAndMismatchedGrants() {
    Configured<PartnerGrant> invalid = Configured.invalid("grant.9", "partnerId is missing");
    PartnerDeclaration police =
        new PartnerDeclaration("gm0363", OrganisationKind.POLICE, Purpose.SECURITY_REPORTING);
    assertThat(GrantRules.alerts(List.of(GM), List.of(gm("grant.1"), gm("grant.2"), invalid)))
        .containsExactly(
            "partner grant grant.9 is invalid: partnerId is missing",
            "partner gm0363 has more than one grant");
    assertThat(GrantRules.alerts(List.of(police), List.of(gm("grant.1"))))
        .containsExactly("partner gm0363 grant does not match its kind and purpose");
    assertThat(GrantRules.alerts(List.of(GM), List.of(gm("grant.1")))).isEmpty();
  }

  @Test
  void aGrantWithTheTimelineButWithoutTheCategoryEventsIsAnAlert() {
    PartnerGrant noEvents =
        new PartnerGrant(
            "gm0363",
            OrganisationKind.MUNICIPALITY,
            Purpose.MUNICIPAL_SUPPORT,
            java.util.Set.of("0363"),
            java.util.Optional.empty(),
            java.util.Set.of(DataCategory.IDENTITY),
            true,
            false);

    assertThat(GrantRules.alerts(List.of(GM), List.of(Configured.valid("grant.3", noEvents))))
        .containsExactly(
            "partner gm0363 grant has the timeline but not the category EVENTS: no event is"
                + " delivered");
  }
}
