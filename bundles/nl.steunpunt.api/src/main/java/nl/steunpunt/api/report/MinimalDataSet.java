package nl.steunpunt.api.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The only data the centre discloses in a report, and all a recipient ever sees of it: never notes,
 * never other members.
 *
 * @param familyReference the family's pseudonymous reference
 * @param givenName the given name of the member concerned
 * @param birthYear the member's birth year
 * @param reason why the report is made
 * @param date the date of the report
 * @param centreContact the centre's contact person
 * @since 0.1
 */
public record MinimalDataSet(
    String familyReference,
    String givenName,
    int birthYear,
    ReportReason reason,
    LocalDate date,
    String centreContact) {

  /** Creates the data set; every part is required. */
  public MinimalDataSet {
    Objects.requireNonNull(familyReference, "familyReference");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(centreContact, "centreContact");
  }
}
