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

  /**
   * Returns a copy of this trajectory with another phase; every other part stays the same. The copy
   * is made by the canonical constructor, so it passes the same checks as a new trajectory.
   *
   * @param phase the phase
   * @return the copy
   * @since 2.0
   */
  public Trajectory withPhase(Phase phase) {
    return new Trajectory(id, familyId, phase, team, partners, openedAt, version);
  }

  /**
   * Returns a copy of this trajectory with another team; every other part stays the same. The copy
   * is made by the canonical constructor, so it passes the same checks as a new trajectory.
   *
   * @param team the team
   * @return the copy
   * @since 2.0
   */
  public Trajectory withTeam(List<TeamAssignment> team) {
    return new Trajectory(id, familyId, phase, team, partners, openedAt, version);
  }

  /**
   * Returns a copy of this trajectory with another partners; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new trajectory.
   *
   * @param partners the partners involved
   * @return the copy
   * @since 2.0
   */
  public Trajectory withPartners(Set<String> partners) {
    return new Trajectory(id, familyId, phase, team, partners, openedAt, version);
  }

  /**
   * Returns a copy of this trajectory with another version number; every other part stays the same.
   * The copy is made by the canonical constructor, so it passes the same checks as a new
   * trajectory.
   *
   * @param version the version
   * @return the copy
   * @since 2.0
   */
  public Trajectory withVersion(long version) {
    return new Trajectory(id, familyId, phase, team, partners, openedAt, version);
  }
}
