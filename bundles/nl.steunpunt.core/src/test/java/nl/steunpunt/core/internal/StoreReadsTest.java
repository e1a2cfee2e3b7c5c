package nl.steunpunt.core.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.common.Page;
import org.junit.jupiter.api.Test;

/**
 * The access policy's boundary as a rule on the code: a family's data is read from the store only
 * in the access package, where the Gate decides before it loads and audits what it hands out. A
 * service that needs a record asks the Gate for it with the action it will take.
 */
class StoreReadsTest {

  private static final String STORE = "nl.steunpunt.store";

  /** The store's records that hold what the families told us, and who did what with it. */
  private static final Set<String> CASE_RECORDS =
      Set.of(
          "FamilyRecords",
          "MemberRecords",
          "TrajectoryRecords",
          "EventLog",
          "TaskRecords",
          "NoteRecords",
          "ReferralRecords",
          "ReportRecords",
          "CriticalMomentRecords",
          "PartnerRecords",
          "ErasureRecords",
          "BreakGlassRecords",
          "EvaluationQueries",
          "AuditLog");

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.steunpunt.core");

  /**
   * The platform's own jobs, which act for no person: each reads only what it needs to act on and
   * passes every family's data through the policy before it leaves the platform.
   *
   * <ul>
   *   <li>the retention job reads the ids of families whose trajectory closed long ago, and erases
   *       each through the Gate;
   *   <li>the report reminders read which disclosed reports were not acknowledged, and add a task
   *       that names only the family's reference;
   *   <li>the partner delivery reads events after its cursor and passes over what the policy does
   *       not disclose to the partner ({@code EventScope}), auditing each disclosure.
   * </ul>
   */
  private static final Set<String> PLATFORM_JOBS =
      Set.of(
          "nl.steunpunt.core.internal.erasure.RetentionJob",
          "nl.steunpunt.core.internal.report.ReportReminders",
          "nl.steunpunt.core.internal.partner.delivery.PartnerDelivery");

  @Test
  void caseRecordsAreReadOnlyInTheAccessPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.steunpunt.core.internal.access..")
        .and(isNoPlatformJob())
        .should()
        .callMethodWhere(readOfCaseRecords())
        .because(
            "a family's data is loaded by the Gate, which decides before it loads (docs/architecture.md)")
        .check(CORE);
  }

  private static DescribedPredicate<JavaClass> isNoPlatformJob() {
    return DescribedPredicate.describe(
        "are no platform job",
        (JavaClass c) ->
            PLATFORM_JOBS.stream()
                .noneMatch(job -> c.getName().equals(job) || c.getName().startsWith(job + "$")));
  }

  /** A call that hands data out: a record, a list, a page or an optional one, not a write. */
  static DescribedPredicate<JavaMethodCall> readOfCaseRecords() {
    return DescribedPredicate.describe(
        "a read of the store's case records",
        (JavaMethodCall call) ->
            call.getTargetOwner().getPackageName().equals(STORE)
                && CASE_RECORDS.contains(call.getTargetOwner().getSimpleName())
                && handsOutData(call));
  }

  private static boolean handsOutData(JavaAccess<?> call) {
    if (call.getName().equals("append")) {
      return false; // a write that returns what it stored
    }
    var type = ((JavaMethodCall) call).getTarget().getRawReturnType();
    return type.isEquivalentTo(Optional.class)
        || type.isEquivalentTo(List.class)
        || type.isEquivalentTo(Set.class)
        || type.isEquivalentTo(Page.class)
        || type.getPackageName().startsWith("nl.steunpunt.api.")
        || type.getPackageName().equals(STORE);
  }
}
