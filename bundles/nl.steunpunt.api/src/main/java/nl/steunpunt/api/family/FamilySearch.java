package nl.steunpunt.api.family;

import java.util.Optional;

/**
 * A filter on families. Every criterion is optional; given ones must all hold.
 *
 * <p>Since 2.0 it has no phase criterion: a phase belongs to a family's trajectory, and the family
 * package does not know of trajectories. {@code TrajectoryService.familiesInPhase(actor, phase,
 * search, page)} (package {@code nl.steunpunt.api.trajectory}) searches with this filter and a
 * phase.
 *
 * @param reference the exact reference
 * @param municipality the CBS code of the municipality
 * @param memberWhereabouts at least one member has these whereabouts
 * @param text a part of the reference (free text on the reference only: nothing else is searchable)
 * @since 0.1
 */
public record FamilySearch(
    Optional<String> reference,
    Optional<String> municipality,
    Optional<Whereabouts> memberWhereabouts,
    Optional<String> text) {

  /** A search that matches every family the actor may see. */
  public static final FamilySearch ALL =
      new FamilySearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
