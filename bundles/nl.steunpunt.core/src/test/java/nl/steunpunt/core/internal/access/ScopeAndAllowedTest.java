package nl.steunpunt.core.internal.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Optional;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.evaluation.Period;
import org.junit.jupiter.api.Test;

/**
 * What a search or an allowance yields reads only the category that was decided: a service that
 * asks a scope decided for tasks for families, or an allowance for the audit log for indicators, is
 * stopped before anything is read (no session is even touched here).
 */
class ScopeAndAllowedTest {

  @Test
  void aScopeReadsOnlyTheCategoryItWasDecidedFor() {
    Scope tasks = new Scope(null, DataCategory.TASKS, Optional.empty());

    assertThatThrownBy(() -> tasks.families(null, PageRequest.FIRST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TASKS")
        .hasMessageContaining("IDENTITY");
    assertThatThrownBy(() -> tasks.reports(Optional.empty(), PageRequest.FIRST))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tasks.openReferrals(PageRequest.FIRST))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAllowanceReadsOnlyTheCategoryItWasDecidedFor() {
    Allowed audit = new Allowed(null, DataCategory.AUDIT);
    Allowed indicators = new Allowed(null, DataCategory.EVALUATION_AGGREGATES);

    assertThatThrownBy(() -> audit.indicators(Period.year(2026), ZoneId.of("Europe/Amsterdam")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> audit.disclosedTo(null, Optional.empty(), PageRequest.FIRST))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> indicators.auditEntries(AuditSearch.ALL, PageRequest.FIRST))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(indicators::verifiedAudit).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> indicators.erasures(PageRequest.FIRST))
        .isInstanceOf(IllegalStateException.class);
  }
}
