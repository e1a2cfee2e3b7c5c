package nl.steunpunt.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.trajectory.Event;

/**
 * A data subject access report for one member: their own data and who accessed it, by organisation
 * and purpose. Staff names are left out, and nothing about other members is in it.
 *
 * @param member the member's own record
 * @param familyReference the pseudonymous reference of the member's family
 * @param events the timeline events about this member
 * @param accesses the accesses to this member's data, oldest first
 * @param generatedAt when the report was drawn up
 * @since 0.1
 */
public record AccessReport(
    Member member,
    String familyReference,
    List<Event> events,
    List<Access> accesses,
    Instant generatedAt) {

  /** Creates the report; every part is required. */
  public AccessReport {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(familyReference, "familyReference");
    events = List.copyOf(events);
    accesses = List.copyOf(accesses);
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  /**
   * One access, as the data subject may see it.
   *
   * @param at when
   * @param organisation which organisation
   * @param purpose why
   * @param action what was done
   * @param category which data
   * @param emergency whether it was under break-glass
   */
  public record Access(
      Instant at,
      String organisation,
      Purpose purpose,
      Action action,
      DataCategory category,
      boolean emergency) {

    /** Creates the line; every part is required. */
    public Access {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(category, "category");
    }
  }
}
