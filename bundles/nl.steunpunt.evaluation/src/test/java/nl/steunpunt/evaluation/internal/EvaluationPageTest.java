package nl.steunpunt.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.ui.UiSlot;
import nl.steunpunt.partner.http.testing.TestPartnerContext;
import org.junit.jupiter.api.Test;

/** The evaluator's page as the platform lists it, and the module it names. */
class EvaluationPageTest {

  private final EvaluationPage page =
      new EvaluationPage(
          new TestPartnerContext("evaluation", OrganisationKind.OTHER, Purpose.EVALUATION));

  @Test
  void isANavigationPageForTheEvaluatorOnlyWithTheEvaluationPurpose() {
    assertThat(page.id()).isEqualTo("evaluation-indicators");
    assertThat(page.slot()).isEqualTo(UiSlot.NAV);
    assertThat(page.roles()).isEqualTo(Set.of(Role.EVALUATOR));
    assertThat(page.purpose()).contains(Purpose.EVALUATION);
  }

  @Test
  void isTitledInDutchAndEnglish() {
    assertThat(page.titles())
        .isEqualTo(Map.of("nl", "Evaluatie: indicatoren", "en", "Evaluation: indicators"));
  }

  @Test
  void namesTheModuleTheBundleServesBelowItsOwnPluginFolder() {
    assertThat(page.module()).isEqualTo("/plugins/evaluation/evaluation.js");
    assertThat(page.element()).isEqualTo("evaluation-indicators-page");
    assertThat(Path.of("target", "classes", "web", "evaluation.js")).isRegularFile();
  }

  @Test
  void theModuleDefinesTheElementThePageNames() throws Exception {
    assertThat(Files.readString(Path.of("target", "classes", "web", "evaluation.js")))
        .contains("define('" + page.element() + "'");
  }
}
