package nl.steunpunt.api.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The organisation a user works for: the centre itself, a municipality (by its CBS code, e.g.
 * {@code GM0363} for Amsterdam), the police, a therapy provider or another partner.
 *
 * @param id a short, stable identifier: lower-case words joined by hyphens, or {@code GM} and four
 *     digits for a municipality
 * @since 0.1
 */
public record Organisation(String id) {

  private static final Pattern ID = Pattern.compile("GM\\d{4}|[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The family support centre itself. */
  public static final Organisation CENTRE = new Organisation("steunpunt");

  /**
   * Creates an organisation.
   *
   * @throws IllegalArgumentException when the id is not of the documented form
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not an organisation id: " + id);
    }
  }

  /**
   * Tells whether this organisation is a municipality.
   *
   * @return true for ids of the form {@code GM0363}
   */
  public boolean isMunicipality() {
    return id.startsWith("GM");
  }
}
