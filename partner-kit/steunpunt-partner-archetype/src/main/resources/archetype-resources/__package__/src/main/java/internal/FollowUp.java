package ${package}.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;
import nl.steunpunt.partner.http.Fields;
import nl.steunpunt.partner.http.Json;

/**
 * The partner's own record about a {@link Partner#SUBJECT}: {@code {"date": "2026-11-20", "note":
 * "…"}}. Only these fields are stored; the platform erases the record with the family.
 */
final class FollowUp {

  static final int MAX_NOTE = 4000;

  private static final Set<String> FIELDS = Set.of("date", "note");

  private FollowUp() {}

  /**
   * Reads a follow-up from a request body.
   *
   * @throws nl.steunpunt.api.common.ValidationException naming every field that is wrong
   */
  static ObjectNode read(ObjectNode body, LocalDate today) {
    Fields fields = new Fields(body, FIELDS);
    var date = fields.date("date", today);
    var note = fields.text("note", MAX_NOTE);
    fields.check();
    ObjectNode document = Json.object();
    document.put("date", date.orElseThrow().toString());
    document.put("note", note.orElseThrow());
    return document;
  }
}
