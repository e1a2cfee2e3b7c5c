package nl.steunpunt.api.family;

import java.util.Optional;
import nl.steunpunt.api.trajectory.Phase;

/**
 * A filter on families. Every criterion is optional; given ones must all hold.
 *
 * @param reference the exact reference
 * @param municipality the CBS code of the municipality
 * @param phase the phase of the family's trajectory
 * @param memberWhereabouts at least one member has these whereabouts
 * @param text a part of the reference (free text on the reference only: nothing else is searchable)
 * @since 0.1
 */
public record FamilySearch(
    Optional<String> reference,
    Optional<String> municipality,
    Optional<Phase> phase,
    Optional<Whereabouts> memberWhereabouts,
    Optional<String> text) {

  /** A search that matches every family the actor may see. */
  public static final FamilySearch ALL =
      new FamilySearch(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
