package nl.steunpunt.api.family;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A family, the unit of support.
 *
 * @param id the family's id
 * @param reference the pseudonymous reference, {@code F-<year>-<4 digits>}, unique
 * @param municipality the CBS code of the family's municipality, without {@code GM} (e.g. {@code
 *     0363})
 * @param languages the languages spoken at home (ISO 639 codes), in order of use
 * @param background the background, for aggregates only
 * @param status whether the centre still works with the family
 * @param createdAt when the family was registered
 * @param lastCriticalMoment when the family last went through a critical moment (the death of a
 *     member abroad), which puts the brothers and sisters at home at risk; empty if never. It is
 *     set by core's rules, never by an update.
 * @param version the version, for optimistic concurrency: an update names the version it read
 * @since 0.1
 */
public record Family(
    UUID id,
    String reference,
    String municipality,
    List<String> languages,
    Background background,
    FamilyStatus status,
    Instant createdAt,
    Optional<Instant> lastCriticalMoment,
    long version) {

  /** Creates a family; the languages are copied. */
  public Family {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(municipality, "municipality");
    languages = List.copyOf(languages);
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastCriticalMoment, "lastCriticalMoment");
  }

  /**
   * Returns a copy of this family with another municipality; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new family.
   *
   * @param municipality the CBS code of the municipality
   * @return the copy
   * @since 2.0
   */
  public Family withMunicipality(String municipality) {
    return new Family(
        id,
        reference,
        municipality,
        languages,
        background,
        status,
        createdAt,
        lastCriticalMoment,
        version);
  }

  /**
   * Returns a copy of this family with another languages; every other part stays the same. The copy
   * is made by the canonical constructor, so it passes the same checks as a new family.
   *
   * @param languages the languages spoken at home, in order of use
   * @return the copy
   * @since 2.0
   */
  public Family withLanguages(List<String> languages) {
    return new Family(
        id,
        reference,
        municipality,
        languages,
        background,
        status,
        createdAt,
        lastCriticalMoment,
        version);
  }

  /**
   * Returns a copy of this family with another background; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new family.
   *
   * @param background the background
   * @return the copy
   * @since 2.0
   */
  public Family withBackground(Background background) {
    return new Family(
        id,
        reference,
        municipality,
        languages,
        background,
        status,
        createdAt,
        lastCriticalMoment,
        version);
  }

  /**
   * Returns a copy of this family with another status; every other part stays the same. The copy is
   * made by the canonical constructor, so it passes the same checks as a new family.
   *
   * @param status whether the centre still works with the family
   * @return the copy
   * @since 2.0
   */
  public Family withStatus(FamilyStatus status) {
    return new Family(
        id,
        reference,
        municipality,
        languages,
        background,
        status,
        createdAt,
        lastCriticalMoment,
        version);
  }

  /**
   * Returns a copy of this family with another version number; every other part stays the same. The
   * copy is made by the canonical constructor, so it passes the same checks as a new family.
   *
   * @param version the version
   * @return the copy
   * @since 2.0
   */
  public Family withVersion(long version) {
    return new Family(
        id,
        reference,
        municipality,
        languages,
        background,
        status,
        createdAt,
        lastCriticalMoment,
        version);
  }
}
