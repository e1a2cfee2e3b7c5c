package nl.steunpunt.evaluation.internal;

import java.util.Map;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import nl.steunpunt.partner.http.PartnerPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The evaluator's page: the suppressed indicators per year as figures, charts and tables, and the
 * downloads. Needs the {@link PartnerContext} only so that the page is shown exactly while the
 * endpoints it calls exist.
 */
@Component(service = UiExtension.class)
public final class EvaluationPage extends PartnerPage {

  static final String MODULE = EvaluationPartner.FILES + "/evaluation.js";

  static final String ELEMENT = "evaluation-indicators-page";

  @Activate
  public EvaluationPage(@Reference PartnerContext context) {
    super(
        "evaluation-indicators",
        Map.of("nl", "Evaluatie: indicatoren", "en", "Evaluation: indicators"),
        UiSlot.NAV,
        MODULE,
        ELEMENT,
        Set.of(Role.EVALUATOR),
        Purpose.EVALUATION,
        110);
  }
}
