package nl.steunpunt.api.partner;

import java.util.Objects;
import java.util.UUID;

/**
 * What a partner's record is about: a family, a member, a trajectory or a security report. Each is
 * of one family, and the record is erased with that family's data.
 *
 * @param kind what kind of thing it is
 * @param id its id
 * @since 0.1
 */
public record RecordSubject(Kind kind, UUID id) {

  /** The kinds of things a partner's record can be about. */
  public enum Kind {
    /** A family. */
    FAMILY,
    /** A member of a family. */
    MEMBER,
    /** A family's trajectory. */
    TRAJECTORY,
    /** A security report about a member. */
    REPORT
  }

  /** Creates a subject; both parts are required. */
  public RecordSubject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
