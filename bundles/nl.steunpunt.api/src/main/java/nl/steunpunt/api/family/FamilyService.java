package nl.steunpunt.api.family;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Families and members. Every call runs for an actor and passes the platform's access policy before
 * it touches data; every change happens in one transaction, all or nothing.
 *
 * <p>Failures: {@link ValidationException} for input that breaks a rule, {@link NotFoundException}
 * for a record that does not exist or that the actor may not see, {@link ConflictException} for a
 * stale version, {@link nl.steunpunt.api.common.AccessDeniedException} when the actor may not use
 * the service at all.
 *
 * @since 0.1
 */
@ProviderType
public interface FamilyService {

  /**
   * Registers a family and opens its trajectory in phase {@code CONTACT}.
   *
   * @param actor who acts
   * @param family the family's data
   * @return the family, with its generated reference
   */
  Family create(Actor actor, NewFamily family);

  /**
   * Finds a family.
   *
   * @param actor who acts
   * @param id the family's id
   * @return the family, or empty when it does not exist or the actor may not see it
   */
  Optional<Family> find(Actor actor, UUID id);

  /**
   * Changes a family.
   *
   * @param actor who acts
   * @param id the family's id
   * @param expectedVersion the version the caller read
   * @param changes the new values
   * @return the changed family
   */
  Family update(Actor actor, UUID id, long expectedVersion, FamilyChanges changes);

  /**
   * Searches families, newest first.
   *
   * @param actor who acts
   * @param search the filter
   * @param page the page
   * @return the page of families the actor may see
   */
  Page<Family> search(Actor actor, FamilySearch search, PageRequest page);

  /**
   * Lists a family's members, in the order they were added.
   *
   * @param actor who acts
   * @param familyId the family's id
   * @return the members
   */
  List<Member> members(Actor actor, UUID familyId);

  /**
   * Reads one member, if the actor may see that member (a therapist: a member referred to them).
   *
   * @param actor who reads
   * @param memberId the member's id
   * @return the member, or empty when it does not exist or is out of the actor's reach
   */
  Optional<Member> member(Actor actor, UUID memberId);

  /**
   * Adds a member to a family.
   *
   * @param actor who acts
   * @param familyId the family's id
   * @param member the member's data
   * @return the member
   */
  Member addMember(Actor actor, UUID familyId, NewMember member);

  /**
   * Changes a member's data (not the whereabouts).
   *
   * @param actor who acts
   * @param memberId the member's id
   * @param expectedVersion the version the caller read
   * @param changes the new values
   * @return the changed member
   */
  Member updateMember(Actor actor, UUID memberId, long expectedVersion, MemberChanges changes);

  /**
   * Records that a member's whereabouts changed: the member is updated and a whereabouts-change
   * event is appended to the family's trajectory, in one transaction.
   *
   * @param actor who acts
   * @param memberId the member's id
   * @param expectedVersion the version the caller read
   * @param whereabouts the new whereabouts
   * @param occurredAt when the change happened (not in the future)
   * @return the changed member
   */
  Member changeWhereabouts(
      Actor actor,
      UUID memberId,
      long expectedVersion,
      Whereabouts whereabouts,
      Instant occurredAt);
}
