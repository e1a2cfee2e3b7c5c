package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;

/**
 * A family as the REST API shows it; {@code lastCriticalMoment} is null until the family went
 * through a critical moment.
 */
public record FamilyJson(
    UUID id,
    String reference,
    String municipality,
    List<String> languages,
    Background background,
    FamilyStatus status,
    String createdAt,
    String lastCriticalMoment,
    long version) {

  public static FamilyJson of(Family family) {
    return new FamilyJson(
        family.id(),
        family.reference(),
        family.municipality(),
        family.languages(),
        family.background(),
        family.status(),
        Dates.format(family.createdAt()),
        family.lastCriticalMoment().map(Dates::format).orElse(null),
        family.version());
  }
}
