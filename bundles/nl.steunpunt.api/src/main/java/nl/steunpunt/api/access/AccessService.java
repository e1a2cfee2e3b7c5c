package nl.steunpunt.api.access;

import java.util.UUID;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Break-glass and its review. Every call is decided by the one access policy and audited.
 *
 * @since 0.1
 */
@ProviderType
public interface AccessService {

  /**
   * Opens a family outside the actor's relationship with it, for a limited time (4 hours unless
   * configured otherwise). Only counsellors and team leads may.
   *
   * @param actor who opens it
   * @param familyId the family
   * @param reason why; required, at most 500 characters
   * @return the open access
   * @throws ValidationException when the reason is missing or too long
   * @throws AccessDeniedException when the actor's role may not break the glass
   * @throws NotFoundException when the family does not exist
   */
  BreakGlass breakGlass(Actor actor, UUID familyId, String reason);

  /**
   * Opens a family named by its reference (such as {@code F-2024-0012}) outside the actor's
   * relationship with it: exactly like {@link #breakGlass(Actor, UUID, String)}, with the same
   * checks and the same audit entry, for callers who know a family's reference but not its id.
   *
   * @param actor who opens it
   * @param reference the family's reference; required
   * @param reason why; required, at most 500 characters
   * @return the open access
   * @throws ValidationException when the reference or the reason is missing, or the reason is too
   *     long
   * @throws AccessDeniedException when the actor's role may not break the glass
   * @throws NotFoundException when no family has this reference
   * @since 0.1
   */
  BreakGlass breakGlass(Actor actor, String reference, String reason);

  /**
   * The uses of break-glass, newest first, for the privacy officer.
   *
   * @param actor the privacy officer
   * @param unreviewedOnly only those still to review
   * @param page which page
   * @return the page
   * @throws AccessDeniedException when the actor is not a privacy officer
   */
  Page<BreakGlass> uses(Actor actor, boolean unreviewedOnly, PageRequest page);

  /**
   * Records the privacy officer's review of one use.
   *
   * @param actor the privacy officer
   * @param id the use
   * @param justified whether it was justified
   * @param remark a short remark; required, at most 500 characters
   * @return the reviewed use
   * @throws AccessDeniedException when the actor is not a privacy officer
   * @throws NotFoundException when there is no such use
   * @throws nl.steunpunt.api.common.ConflictException when it was reviewed already
   */
  BreakGlass review(Actor actor, UUID id, boolean justified, String remark);
}
