package nl.steunpunt.core.internal.access;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.erasure.Erasure;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.store.StoreSession;

/**
 * An allowed action that concerns no single family, such as reading the audit log: what {@link
 * Gate#allow} yields. Its reads stay within the category that was decided; asking it for another
 * category is a programming error.
 */
public final class Allowed {

  private final StoreSession session;
  private final DataCategory category;

  Allowed(StoreSession session, DataCategory category) {
    this.session = session;
    this.category = category;
  }

  /** Audit entries that match the search. */
  public Page<AuditEntry> auditEntries(AuditSearch search, PageRequest page) {
    require(DataCategory.AUDIT);
    return session.audit().search(search, page);
  }

  /** The audit log's hash chain, verified. */
  public ChainVerification verifiedAudit() {
    require(DataCategory.AUDIT);
    return session.audit().verify();
  }

  /** The erasures made, newest first. */
  public Page<Erasure> erasures(PageRequest page) {
    require(DataCategory.AUDIT);
    return session.erasures().list(page);
  }

  /** The programme's indicators of a period, aggregates only. */
  public Indicators indicators(Period period, ZoneId zone) {
    require(DataCategory.EVALUATION_AGGREGATES);
    return session.evaluation().indicators(period, zone);
  }

  /**
   * The reports the centre disclosed to a recipient (for a municipality, in its municipalities).
   */
  public Page<SecurityReport> disclosedTo(
      Recipient recipient, Optional<Set<String>> municipalities, PageRequest page) {
    require(DataCategory.SECURITY_REPORTS);
    return session.reports().disclosedTo(recipient, municipalities, page);
  }

  private void require(DataCategory read) {
    if (read != category) {
      throw new IllegalStateException(
          "An access allowed for " + category + " does not read " + read + ".");
    }
  }
}
