package nl.steunpunt.api.trajectory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The support given to one family.
 *
 * @param id the trajectory's id
 * @param familyId the family
 * @param phase the current phase
 * @param team the assigned staff
 * @param partners the ids of the partner organisations involved (e.g. {@code GM0363}, {@code
 *     police})
 * @param openedAt when the trajectory was opened
 * @param version the version, for optimistic concurrency
 * @since 0.1
 */
public record Trajectory(
    UUID id,
    UUID familyId,
    Phase phase,
    List<TeamAssignment> team,
    Set<String> partners,
    Instant openedAt,
    long version) {

  /** Creates a trajectory; team and partners are copied. */
  public Trajectory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(phase, "phase");
    team = List.copyOf(team);
    partners = Set.copyOf(partners);
    Objects.requireNonNull(openedAt, "openedAt");
  }
}
