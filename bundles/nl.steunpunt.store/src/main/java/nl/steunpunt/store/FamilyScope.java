package nl.steunpunt.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.trajectory.Phase;

/**
 * The families an actor has a relationship with, as the access policy defines it, for filtering
 * lists and counts in the database. A family is in scope when any present part holds; a scope with
 * no part present holds no family at all.
 *
 * @param teamMember on the trajectory's team as this user
 * @param municipalities in one of these municipalities (CBS codes) ...
 * @param municipalPhases ... while the trajectory is in one of these phases
 * @param referralOrganisation with a member with an open referral to this organisation
 * @param breakGlassUser opened by this user with break-glass that is still open at {@code now}
 * @param now the moment for break-glass expiry
 */
public record FamilyScope(
    Optional<String> teamMember,
    Set<String> municipalities,
    Set<Phase> municipalPhases,
    Optional<String> referralOrganisation,
    Optional<String> breakGlassUser,
    Instant now) {

  /** Creates the scope. */
  public FamilyScope {
    Objects.requireNonNull(teamMember, "teamMember");
    municipalities = Set.copyOf(municipalities);
    municipalPhases = Set.copyOf(municipalPhases);
    Objects.requireNonNull(referralOrganisation, "referralOrganisation");
    Objects.requireNonNull(breakGlassUser, "breakGlassUser");
    Objects.requireNonNull(now, "now");
  }

  /** A scope that holds no family. */
  public static FamilyScope none(Instant now) {
    return new FamilyScope(
        Optional.empty(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), now);
  }
}
