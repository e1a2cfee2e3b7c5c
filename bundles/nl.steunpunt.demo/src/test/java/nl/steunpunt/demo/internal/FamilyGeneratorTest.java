package nl.steunpunt.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import org.junit.jupiter.api.Test;

class FamilyGeneratorTest {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private static List<FamilyGenerator.Generated> generate(int count, long seed) {
    FamilyGenerator generator = new FamilyGenerator(seed, NOW);
    Map<Integer, Integer> counters = new HashMap<>();
    List<FamilyGenerator.Generated> families = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      families.add(
          generator.next(
              year -> String.format("F-%04d-%04d", year, counters.merge(year, 1, Integer::sum))));
    }
    return families;
  }

  @Test
  void theDemoLooksLikeTheCentresPublicAccount() {
    List<FamilyGenerator.Generated> families = generate(DemoData.FAMILIES, DemoData.SEED);

    long fullTrajectory =
        families.stream()
            .filter(
                g ->
                    g.trajectory().phase() != Phase.CONTACT && !g.trajectory().partners().isEmpty())
            .count();
    long dutchOrigin =
        families.stream().filter(g -> g.family().background() == Background.DUTCH_ORIGIN).count();
    long deaths =
        families.stream()
            .flatMap(g -> g.events().stream())
            .filter(e -> e.detail() instanceof EventDetail.DeathAbroad)
            .count();
    long abroad =
        families.stream()
            .flatMap(g -> g.members().stream())
            .filter(m -> m.whereabouts() == Whereabouts.ABROAD_CONFLICT_ZONE)
            .count();
    long returned =
        families.stream()
            .flatMap(g -> g.members().stream())
            .filter(
                m ->
                    m.whereabouts() == Whereabouts.RETURNED
                        || m.whereabouts() == Whereabouts.DETAINED)
            .count();

    assertThat(fullTrajectory).isBetween(55L, 80L);
    assertThat(dutchOrigin).isGreaterThan(DemoData.FAMILIES / 4);
    assertThat(deaths).isPositive();
    assertThat(abroad).isPositive();
    assertThat(returned).isPositive();
    assertThat(families)
        .allSatisfy(g -> assertThat(g.members()).anyMatch(m -> m.role() == MemberRole.SIBLING));
  }

  @Test
  void aFullTrajectoryAlwaysInvolvesTheFamilysMunicipality() {
    for (FamilyGenerator.Generated g : generate(500, 7)) {
      if (g.trajectory().phase() == Phase.SUPPORT || g.trajectory().phase() == Phase.AFTERCARE) {
        assertThat(g.trajectory().partners()).contains("GM" + g.family().municipality());
      }
      assertThat(g.events()).allSatisfy(e -> assertThat(e.occurredAt()).isBeforeOrEqualTo(NOW));
      assertThat(g.members()).allSatisfy(m -> assertThat(m.birthYear()).isLessThanOrEqualTo(2026));
    }
  }

  @Test
  void theSameSeedGivesTheSameFamilies() {
    assertThat(generate(20, 42))
        .extracting(g -> g.family().reference() + g.family().municipality() + g.members().size())
        .isEqualTo(
            generate(20, 42).stream()
                .map(g -> g.family().reference() + g.family().municipality() + g.members().size())
                .toList());
  }
}
