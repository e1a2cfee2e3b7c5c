package nl.steunpunt.api.erasure;

import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The privacy officer's erasure of a family's personal data, and the list of erasures. Every call
 * is audited; an erasure is all or nothing.
 *
 * @since 0.1
 */
@ProviderType
public interface ErasureService {

  /**
   * Erases a family's personal data on request: its members' names, birth years, languages and
   * whereabouts, its notes, referrals, partner records, task titles and every free text about it.
   * The anonymous facts of the evaluation and the audit log stay. Afterwards the family is answered
   * as not found by every service but the data subject access report.
   *
   * @param actor the privacy officer
   * @param familyId the family
   * @param reason why, as the privacy officer records it (1-500 characters); name no person
   * @return the record of the erasure
   * @throws ValidationException when the reason is missing, blank or too long; nothing is done
   * @throws AccessDeniedException when the actor may not erase; nothing is done
   * @throws NotFoundException when there is no such family
   * @throws ConflictException when the family was erased already
   */
  Erasure erase(Actor actor, UUID familyId, String reason);

  /**
   * Lists the erasures, newest first.
   *
   * @param actor the privacy officer
   * @param page which page
   * @return the page
   * @throws AccessDeniedException when the actor may not read the audit log
   */
  Page<Erasure> list(Actor actor, PageRequest page);
}
