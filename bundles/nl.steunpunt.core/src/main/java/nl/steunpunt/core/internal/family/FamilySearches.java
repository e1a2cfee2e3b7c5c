package nl.steunpunt.core.internal.family;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.Municipality;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.store.FamilyFilter;

/**
 * The one family search, checked, scoped by the policy and audited: the family service's, and the
 * trajectory service's by phase (the API keeps the phase out of {@link FamilySearch}, since a
 * family does not know of trajectories).
 */
public final class FamilySearches {

  private final Cases cases;
  private final MunicipalityRegister municipalities;

  public FamilySearches(Cases cases, MunicipalityRegister municipalities) {
    this.cases = cases;
    this.municipalities = municipalities;
  }

  /** Families matching the search and, when given, in that phase; newest first. */
  public Page<Family> search(
      Actor actor, FamilySearch search, Optional<Phase> phase, PageRequest page) {
    Check check = new Check();
    search
        .reference()
        .ifPresent(
            r ->
                check.that(
                    FamilyRules.REFERENCE.matcher(r).matches(),
                    "reference",
                    "is not of the form F-2026-0042"));
    search
        .municipality()
        .ifPresent(
            m ->
                check.that(
                    municipalities.find(m).isPresent(),
                    "municipality",
                    "is not a known CBS municipality code"));
    search.text().ifPresent(t -> check.text(t, "q", 11));
    check.done();
    FamilyFilter filter =
        new FamilyFilter(
            search.reference(),
            search.municipality().map(this::codesGovernedBy),
            phase,
            search.memberWhereabouts(),
            search.text(),
            Optional.empty());
    return cases.run(
        actor,
        g -> {
          return g.scope(Action.SEARCH, DataCategory.IDENTITY, "family", describe(search, phase))
              .families(filter, page);
        });
  }

  /** The filter of a search for the audit log: codes and reference parts, no personal data. */
  private static String describe(FamilySearch search, Optional<Phase> phase) {
    StringBuilder text = new StringBuilder();
    search.reference().ifPresent(r -> text.append("reference=").append(r).append(' '));
    search.municipality().ifPresent(m -> text.append("municipality=").append(m).append(' '));
    phase.ifPresent(p -> text.append("phase=").append(p).append(' '));
    search.memberWhereabouts().ifPresent(w -> text.append("whereabouts=").append(w).append(' '));
    search.text().ifPresent(t -> text.append("q=").append(t).append(' '));
    return text.length() == 0 ? "all" : text.toString().strip();
  }

  /** A municipality and every municipality that merged into it, so no family is lost. */
  private Set<String> codesGovernedBy(String code) {
    String current = municipalities.current(code).map(Municipality::code).orElse(code);
    Set<String> codes = new HashSet<>();
    codes.add(code);
    codes.add(current);
    municipalities.predecessors(current).forEach(m -> codes.add(m.code()));
    return codes;
  }
}
