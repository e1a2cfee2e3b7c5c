package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;

/**
 * The four handlers of a partner's own records about one kind of subject: list and add below the
 * subject (its id in the route parameter given), change and delete by {@code {recordId}} with the
 * record's version. What a record holds is the bundle's: its {@link Reader} checks a body into the
 * document to store.
 */
public final class OwnRecords {

  /** Checks a request body into the document to store; today bounds and defaults its dates. */
  @FunctionalInterface
  public interface Reader {
    ObjectNode read(ObjectNode body, LocalDate today);
  }

  private final PartnerContext context;
  private final RecordSubject.Kind kind;
  private final String subjectParameter;
  private final Reader reader;
  private final Clock clock;

  public OwnRecords(
      PartnerContext context,
      RecordSubject.Kind kind,
      String subjectParameter,
      Reader reader,
      Clock clock) {
    this.context = context;
    this.kind = kind;
    this.subjectParameter = subjectParameter;
    this.reader = reader;
    this.clock = clock;
  }

  public Reply list(Call call) {
    return Reply.ok(Json.list(context.of(call.actor(), subject(call)), Json::record));
  }

  public Reply add(Call call) throws IOException {
    RecordSubject subject = subject(call);
    PartnerRecord created = context.create(call.actor(), subject, document(call));
    return Reply.created(Json.record(created), created.version());
  }

  public Reply change(Call call) throws IOException {
    UUID id = call.id("recordId");
    long version = call.ifMatch();
    PartnerRecord changed = context.update(call.actor(), id, version, document(call));
    return Reply.ok(Json.record(changed), changed.version());
  }

  public Reply delete(Call call) {
    UUID id = call.id("recordId");
    context.delete(call.actor(), id, call.ifMatch());
    return Reply.noContent();
  }

  private RecordSubject subject(Call call) {
    return new RecordSubject(kind, call.id(subjectParameter));
  }

  private String document(Call call) throws IOException {
    return JsonBodies.MAPPER.writeValueAsString(reader.read(call.body(), LocalDate.now(clock)));
  }
}
