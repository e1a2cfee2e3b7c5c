package nl.steunpunt.partner.therapy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;
import nl.steunpunt.partner.http.Fields;
import nl.steunpunt.partner.http.Json;

/**
 * A therapy session with a referred member and its note, the provider's own record: {@code {"date":
 * "2026-11-20", "kind": "INDIVIDUAL", "note": "…"}}. Only these fields are stored.
 */
final class Session {

  /** Whom the session was with. */
  enum Kind {
    INDIVIDUAL,
    FAMILY
  }

  static final int MAX_NOTE = 8000;

  private static final Set<String> FIELDS = Set.of("date", "kind", "note");

  private Session() {}

  /**
   * Reads a session from a request.
   *
   * @throws nl.steunpunt.api.common.ValidationException naming every field that is wrong
   */
  static ObjectNode read(ObjectNode body, LocalDate today) {
    Fields fields = new Fields(body, FIELDS);
    var date = fields.date("date", today);
    var kind = fields.choice("kind", Kind.class);
    var note = fields.text("note", MAX_NOTE);
    fields.check();
    ObjectNode document = Json.object();
    document.put("date", date.orElseThrow().toString());
    document.put("kind", kind.orElseThrow().name());
    document.put("note", note.orElseThrow());
    return document;
  }
}
