package nl.steunpunt.core.internal.partner.records;

import static nl.steunpunt.core.internal.family.CoreServices.EVALUATOR;
import static nl.steunpunt.core.internal.family.CoreServices.PRIVACY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.core.internal.evaluation.CoreEvaluationService;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evaluation partner (kind OTHER, purpose EVALUATION) gets the indicators through its context,
 * audited with its bundle, and nothing person-level; without the category in its grant, nothing.
 */
class EvaluationPartnerTest {

  static final Channel.PartnerBundle EVALUATION =
      new Channel.PartnerBundle("nl.steunpunt.evaluation", "0.1.0");

  static PartnerGrant grant(Set<DataCategory> categories) {
    return new PartnerGrant(
        "evaluatie",
        OrganisationKind.OTHER,
        Purpose.EVALUATION,
        Set.of(),
        Optional.empty(),
        categories,
        false,
        false);
  }

  @TempDir Path folder;
  CoreServices core;
  CoreEvaluationService evaluation;

  @BeforeEach
  void start() throws Exception {
    core = new CoreServices(folder);
    evaluation = new CoreEvaluationService(core.cases);
  }

  @AfterEach
  void stop() throws Exception {
    core.close();
  }

  private PartnerContext context(PartnerGrant grant) {
    core.partners.put(EVALUATION, grant.reach());
    return InRequest.of(
        new PartnerRecordContext(
            core.cases,
            grant,
            () -> Optional.of(grant),
            EVALUATION,
            type ->
                type == EvaluationService.class
                    ? evaluation
                    : type == FamilyService.class
                        ? core.families
                        : type == TrajectoryService.class ? core.trajectories : core.reports),
        EVALUATION);
  }

  private List<AuditEntry> audit() {
    return core
        .audit
        .search(PRIVACY_OFFICER, AuditSearch.ALL, new PageRequest(0, 200))
        .items()
        .stream()
        .filter(e -> e.channel().equals(EVALUATION.describe()))
        .toList();
  }

  @Test
  void anEvaluationPartnerReadsTheIndicatorsAuditedWithItsBundle() {
    var context = context(grant(Set.of(DataCategory.EVALUATION_AGGREGATES)));

    var indicators =
        context.service(EvaluationService.class).indicators(EVALUATOR, Period.year(2026));

    assertThat(indicators.familiesWithContact()).isZero();
    assertThat(audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
              assertThat(e.category()).contains(DataCategory.EVALUATION_AGGREGATES);
              assertThat(e.objectType()).isEqualTo("indicators");
            });
  }

  @Test
  void anEvaluationPartnerReachesNoPersonThroughItsContext() {
    var context = context(grant(Set.of(DataCategory.EVALUATION_AGGREGATES)));

    assertThatThrownBy(
            () ->
                context
                    .service(FamilyService.class)
                    .search(EVALUATOR, FamilySearch.ALL, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                context
                    .service(ReportService.class)
                    .list(EVALUATOR, Optional.empty(), PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> context.service(TrajectoryService.class).openTasks(EVALUATOR, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void withoutEvaluationAggregatesInItsGrantAPartnerGetsNoIndicators() {
    var context = context(grant(Set.of(DataCategory.IDENTITY)));

    assertThatThrownBy(
            () -> context.service(EvaluationService.class).indicators(EVALUATOR, Period.year(2026)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit()).singleElement().extracting(AuditEntry::outcome).isEqualTo(Outcome.DENIED);
  }
}
