package nl.steunpunt.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.family.Member;
import org.osgi.annotation.versioning.ProviderType;

/** Members of families. */
@ProviderType
public interface MemberRecords {

  /**
   * Stores a new member, after the family's other members.
   *
   * @param member the member
   */
  void insert(Member member);

  /**
   * Reads a member.
   *
   * @param id the id
   * @return the member, or empty
   */
  Optional<Member> find(UUID id);

  /**
   * Lists a family's members in the order they were added.
   *
   * @param familyId the family
   * @return the members
   */
  List<Member> ofFamily(UUID familyId);

  /**
   * Replaces a member if it is still at the expected version.
   *
   * @param member the new state; its version must be {@code expectedVersion + 1}
   * @param expectedVersion the version the change was based on
   * @return false when the member is at another version
   */
  boolean update(Member member, long expectedVersion);
}
