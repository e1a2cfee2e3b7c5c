package nl.steunpunt.store;

import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Phase;

/**
 * A filter on families as the store applies it: the public search, after the core resolved
 * municipalities (a merged municipality's families are found through its successor) and added the
 * limits of the access policy. Empty criteria match everything.
 *
 * @param reference the exact reference
 * @param municipalities the family's municipality is one of these codes
 * @param phase the phase of the family's trajectory
 * @param memberWhereabouts at least one member has these whereabouts
 * @param referenceText a part of the reference, matched case-insensitively and literally
 * @param scope the families the actor has a relationship with; empty when the actor may see all
 */
public record FamilyFilter(
    Optional<String> reference,
    Optional<Set<String>> municipalities,
    Optional<Phase> phase,
    Optional<Whereabouts> memberWhereabouts,
    Optional<String> referenceText,
    Optional<FamilyScope> scope) {

  /** A filter that matches every family. */
  public static final FamilyFilter ALL =
      new FamilyFilter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** This filter, limited to a scope. */
  public FamilyFilter within(FamilyScope limit) {
    return new FamilyFilter(
        reference, municipalities, phase, memberWhereabouts, referenceText, Optional.of(limit));
  }
}
