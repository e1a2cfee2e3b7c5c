package nl.steunpunt.api.partner;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A document a partner keeps about a family, member, trajectory or report: its own data, in the
 * shape it chooses, visible only to that partner and erased with the family's data.
 *
 * @param id the record's id
 * @param partnerId the partner that keeps it
 * @param subject what it is about
 * @param json the document: a JSON object, at most {@link PartnerContext#MAX_RECORD_BYTES} bytes in
 *     UTF-8
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param version the version, 1 when created and one more with each change; an update or delete
 *     names the version it read, and fails if the record changed since
 * @since 0.1
 */
public record PartnerRecord(
    UUID id,
    String partnerId,
    RecordSubject subject,
    String json,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Creates a record; every part is required. */
  public PartnerRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
