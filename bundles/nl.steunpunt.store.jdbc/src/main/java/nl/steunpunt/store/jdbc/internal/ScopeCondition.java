package nl.steunpunt.store.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.steunpunt.store.FamilyScope;

/**
 * A {@link FamilyScope} as one SQL condition on a row of {@code family}, so that lists are limited
 * in the database and their counts only count what the actor may see. Each part is an index lookup
 * (EXISTS, or municipality and phase on the family itself); a scope without parts holds nothing.
 */
final class ScopeCondition {

  private ScopeCondition() {}

  /**
   * Renders the scope.
   *
   * @param scope the scope
   * @param family the alias of the {@code family} table in the query
   * @param parameters receives the condition's parameters, in order
   * @return a parenthesised condition
   */
  static String of(FamilyScope scope, String family, List<Object> parameters) {
    List<String> parts = new ArrayList<>();
    scope
        .teamMember()
        .ifPresent(
            user -> {
              parts.add(
                  "EXISTS (SELECT 1 FROM trajectory st JOIN team_assignment sa"
                      + " ON sa.trajectory_id = st.id WHERE st.family_id = "
                      + family
                      + ".id AND sa.user_name = ?)");
              parameters.add(user);
            });
    if (!scope.municipalities().isEmpty() && !scope.municipalPhases().isEmpty()) {
      parts.add(
          "("
              + family
              + ".municipality IN ("
              + placeholders(scope.municipalities())
              + ") AND "
              + family
              + ".phase IN ("
              + placeholders(scope.municipalPhases())
              + "))");
      parameters.addAll(scope.municipalities());
      scope.municipalPhases().forEach(p -> parameters.add(p.name()));
    }
    scope
        .referralOrganisation()
        .ifPresent(
            organisation -> {
              parts.add(
                  "EXISTS (SELECT 1 FROM referral sr JOIN member sm ON sm.id = sr.member_id"
                      + " WHERE sm.family_id = "
                      + family
                      + ".id AND sr.organisation = ? AND sr.closed_at IS NULL)");
              parameters.add(organisation);
            });
    scope
        .breakGlassUser()
        .ifPresent(
            user -> {
              parts.add(
                  "EXISTS (SELECT 1 FROM break_glass sb WHERE sb.user_name = ? AND sb.family_id = "
                      + family
                      + ".id AND sb.expires_at > ?)");
              parameters.add(user);
              parameters.add(scope.now());
            });
    return parts.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", parts) + ")";
  }

  private static String placeholders(Collection<?> values) {
    return String.join(", ", values.stream().map(v -> "?").toList());
  }
}
