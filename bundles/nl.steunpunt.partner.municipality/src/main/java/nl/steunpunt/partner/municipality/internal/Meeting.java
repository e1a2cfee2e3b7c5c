package nl.steunpunt.partner.municipality.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;
import nl.steunpunt.partner.http.Fields;
import nl.steunpunt.partner.http.Json;

/**
 * A coordination meeting about a family, the municipality's own record: {@code {"date":
 * "2026-11-20", "participants": ["gemeente", "steunpunt"], "agreements": "…"}}. Only these fields
 * are stored, so a record never holds more than the form asked for.
 */
final class Meeting {

  static final int MAX_PARTICIPANTS = 20;
  static final int MAX_PARTICIPANT = 100;
  static final int MAX_AGREEMENTS = 4000;

  private static final Set<String> FIELDS = Set.of("date", "participants", "agreements");

  private Meeting() {}

  /**
   * Reads a meeting from a request.
   *
   * @param body the request's JSON object
   * @param today today, for the date's range
   * @return the document to store
   * @throws nl.steunpunt.api.common.ValidationException naming every field that is wrong
   */
  static ObjectNode read(ObjectNode body, LocalDate today) {
    Fields fields = new Fields(body, FIELDS);
    var date = fields.date("date", today);
    var participants = fields.texts("participants", 1, MAX_PARTICIPANTS, MAX_PARTICIPANT);
    var agreements = fields.text("agreements", MAX_AGREEMENTS);
    fields.check();
    ObjectNode document = Json.object();
    document.put("date", date.orElseThrow().toString());
    ArrayNode list = document.putArray("participants");
    participants.orElseThrow().forEach(list::add);
    document.put("agreements", agreements.orElseThrow());
    return document;
  }
}
