package nl.steunpunt.core.internal.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.TeamSuggestion;
import org.junit.jupiter.api.Test;

class TeamMatcherTest {

  private final List<TeamAssignment> staff =
      List.of(
          new TeamAssignment("anouk", Expertise.COUNSELLOR, List.of("nl")),
          new TeamAssignment("karim", Expertise.RADICALISATION_EXPERT, List.of("tzm", "nl")),
          new TeamAssignment("omar", Expertise.FAMILY_THERAPIST, List.of("ar", "tzm", "nl")),
          new TeamAssignment("lena", Expertise.PSYCHIATRIST, List.of("de")));

  @Test
  void mostSharedLanguagesFirstThenTheFamilysFirstLanguage() {
    List<TeamSuggestion> suggestions = TeamMatcher.suggest(List.of("tzm", "nl"), staff, Set.of());

    assertThat(suggestions)
        .extracting(TeamSuggestion::user)
        .containsExactly("karim", "omar", "anouk");
  }

  @Test
  void staffAlreadyOnTheTeamAndStaffWithoutASharedLanguageAreLeftOut() {
    List<TeamSuggestion> suggestions = TeamMatcher.suggest(List.of("ar"), staff, Set.of("omar"));

    assertThat(suggestions).isEmpty();
  }
}
