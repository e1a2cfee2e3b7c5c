package nl.steunpunt.api.audit;

import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The privacy officer's tools on the audit log. Using them is itself audited.
 *
 * @since 0.1
 */
@ProviderType
public interface AuditService {

  /**
   * Searches the log, newest first.
   *
   * @param actor the privacy officer
   * @param search what to look for
   * @param page which page
   * @return the page
   * @throws AccessDeniedException when the actor may not read the audit log
   */
  Page<AuditEntry> search(Actor actor, AuditSearch search, PageRequest page);

  /**
   * Checks the whole hash chain and names the first broken entry.
   *
   * @param actor the privacy officer or the operator
   * @return the outcome
   * @throws AccessDeniedException when the actor may not verify the log
   */
  ChainVerification verify(Actor actor);

  /**
   * Draws up the data subject access report for one member.
   *
   * @param actor the privacy officer
   * @param memberId the member
   * @return the report
   * @throws AccessDeniedException when the actor may not export it
   * @throws NotFoundException when there is no such member
   */
  AccessReport accessReport(Actor actor, UUID memberId);
}
