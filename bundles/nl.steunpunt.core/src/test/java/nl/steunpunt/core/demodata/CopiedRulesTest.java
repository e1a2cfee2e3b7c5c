package nl.steunpunt.core.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.core.internal.family.FamilyRules;
import nl.steunpunt.core.internal.trajectory.ReferralConsent;
import nl.steunpunt.demo.internal.CopiedRules;
import org.junit.jupiter.api.Test;

/** The demo bundle's copies of the core's rules answer as the core's own rules do. */
class CopiedRulesTest {

  @Test
  void theDemoMakesFamilyReferencesAsTheCoreDoes() {
    for (int year : new int[] {2015, 2026}) {
      for (int number : new int[] {1, 42, 999, 9999}) {
        assertThat(CopiedRules.reference(year, number))
            .isEqualTo(FamilyRules.reference(year, number));
      }
    }
    assertThatThrownBy(() -> CopiedRules.reference(2026, 10000))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> FamilyRules.reference(2026, 10000))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDemoLetsTheSameMembersConsentAloneAsTheCore() {
    LocalDate on = LocalDate.of(2026, 11, 28);
    for (int birthYear = 1990; birthYear <= 2026; birthYear++) {
      Member member =
          new Member(
              UUID.randomUUID(),
              UUID.randomUUID(),
              MemberRole.SIBLING,
              "Sara",
              birthYear,
              List.of("nl"),
              Whereabouts.AT_HOME_NL,
              1);
      assertThat(CopiedRules.mayConsentAlone(member, on))
          .as("born %d", birthYear)
          .isEqualTo(ReferralConsent.mayConsentAlone(member, on));
    }
  }
}
