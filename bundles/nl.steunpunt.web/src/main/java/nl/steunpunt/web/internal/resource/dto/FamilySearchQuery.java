package nl.steunpunt.web.internal.resource.dto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Phase;

/**
 * The query parameters of {@code GET /families}: {@code reference}, {@code municipality}, {@code
 * phase}, {@code whereabouts} and {@code q} (free text on the reference), each optional.
 */
public record FamilySearchQuery(
    Optional<String> reference,
    Optional<String> municipality,
    Optional<String> phase,
    Optional<String> whereabouts,
    Optional<String> q) {

  /**
   * The search of the API: the family criteria, and the phase apart (the API searches by phase
   * through the trajectory service, since a family does not know of trajectories).
   *
   * @param families the family criteria
   * @param phase the phase of the family's trajectory, if asked for
   */
  public record Search(FamilySearch families, Optional<Phase> phase) {}

  /**
   * The search of the API.
   *
   * @throws nl.steunpunt.api.common.ValidationException when phase or whereabouts is not a known
   *     value; the service checks the other parameters
   */
  public Search toSearch() {
    List<FieldError> errors = new ArrayList<>();
    Optional<Phase> phaseValue = phase.map(p -> parse(Phase.class, "phase", p, errors));
    Optional<Whereabouts> whereaboutsValue =
        whereabouts.map(w -> parse(Whereabouts.class, "whereabouts", w, errors));
    Errors.throwIfAny(errors);
    return new Search(new FamilySearch(reference, municipality, whereaboutsValue, q), phaseValue);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String field, String value, List<FieldError> errors) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    errors.add(
        new FieldError(
            field,
            "must be one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))));
    return null;
  }
}
