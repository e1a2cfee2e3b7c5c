package nl.steunpunt.api.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What to look for in the audit log; every part is optional and they combine with "and".
 *
 * @param familyId entries concerning this family
 * @param memberId entries concerning this member
 * @param user entries of this user
 * @param from entries at or after this moment
 * @param to entries before this moment
 * @since 0.1
 */
public record AuditSearch(
    Optional<UUID> familyId,
    Optional<UUID> memberId,
    Optional<String> user,
    Optional<Instant> from,
    Optional<Instant> to) {

  /** Everything. */
  public static final AuditSearch ALL =
      new AuditSearch(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Creates the search; use empty optionals, not null. */
  public AuditSearch {
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
