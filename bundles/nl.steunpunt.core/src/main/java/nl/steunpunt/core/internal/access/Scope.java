package nl.steunpunt.core.internal.access;

import java.util.Optional;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.FamilyScope;
import nl.steunpunt.store.StoreSession;

/**
 * An allowed list, search or count, with the families it may include: what {@link Gate#scope}
 * yields. Its reads stay within those families and within the category that was decided; asking it
 * for another category is a programming error.
 */
public final class Scope {

  private final StoreSession session;
  private final DataCategory category;
  private final Optional<FamilyScope> families;

  Scope(StoreSession session, DataCategory category, Optional<FamilyScope> families) {
    this.session = session;
    this.category = category;
    this.families = families;
  }

  /** The families the search may include: empty when all. */
  public Optional<FamilyScope> limit() {
    return families;
  }

  /** The families that match the filter, within the scope. */
  public Page<Family> families(FamilyFilter filter, PageRequest page) {
    require(DataCategory.IDENTITY);
    return session.families().search(families.map(filter::within).orElse(filter), page);
  }

  /** The open tasks within the scope, of one owning organisation if given. */
  public Page<Task> openTasks(Optional<String> ownerOrganisation, PageRequest page) {
    require(DataCategory.TASKS);
    return session.tasks().open(families, ownerOrganisation, page);
  }

  /** The security reports within the scope, in one state if given. */
  public Page<SecurityReport> reports(Optional<ReportState> state, PageRequest page) {
    require(DataCategory.SECURITY_REPORTS);
    return session.reports().search(families, state, page);
  }

  /** The open referrals to the scope's referral organisation; none when it has none. */
  public Page<Referral> openReferrals(PageRequest page) {
    require(DataCategory.IDENTITY);
    return families
        .flatMap(FamilyScope::referralOrganisation)
        .map(organisation -> session.referrals().openTo(organisation, page))
        .orElseGet(() -> new Page<>(java.util.List.of(), page.offset(), page.limit(), 0));
  }

  private void require(DataCategory read) {
    if (read != category) {
      throw new IllegalStateException(
          "A scope decided for " + category + " does not read " + read + ".");
    }
  }
}
