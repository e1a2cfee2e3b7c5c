package nl.steunpunt.api.trajectory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;

/**
 * A family's case as one actor may see it, read at one moment: what a family page opens with.
 *
 * @param family the family
 * @param members the members the actor may see, in the order they were added (a therapist: those
 *     referred to them)
 * @param trajectory the family's trajectory, or empty when the actor's roles never see trajectories
 *     (a therapist)
 * @since 2.0
 */
public record CaseFile(Family family, List<Member> members, Optional<Trajectory> trajectory) {
  /** Creates a case file; the members are copied. */
  public CaseFile {
    Objects.requireNonNull(family, "family");
    members = List.copyOf(members);
    Objects.requireNonNull(trajectory, "trajectory");
  }
}
