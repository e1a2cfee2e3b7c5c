package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.function.Function;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.report.MinimalDataSet;
import nl.steunpunt.api.report.ReceivedReport;

/** The JSON of the API's values as this partner's endpoints answer them. */
public final class Json {

  private Json() {}

  public static ObjectNode object() {
    return JsonBodies.MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return JsonBodies.MAPPER.createArrayNode();
  }

  /** A page: {@code items}, {@code offset}, {@code limit}, {@code total}. */
  public static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
    ObjectNode json = object();
    ArrayNode items = json.putArray("items");
    page.items().forEach(i -> items.add(item.apply(i)));
    json.put("offset", page.offset());
    json.put("limit", page.limit());
    json.put("total", page.total());
    return json;
  }

  /** A list without paging: {@code items}. */
  public static <T> ObjectNode list(List<T> list, Function<T, ObjectNode> item) {
    ObjectNode json = object();
    ArrayNode items = json.putArray("items");
    list.forEach(i -> items.add(item.apply(i)));
    return json;
  }

  /**
   * One of the partner's records; the document is the stored JSON object as it is (the platform
   * checked it is one).
   */
  public static ObjectNode record(PartnerRecord record) {
    ObjectNode json = object();
    json.put("id", record.id().toString());
    json.put("subjectKind", record.subject().kind().name());
    json.put("subjectId", record.subject().id().toString());
    json.put("createdAt", record.createdAt().toString());
    json.put("updatedAt", record.updatedAt().toString());
    json.put("version", record.version());
    json.putRawValue("document", new RawValue(record.json()));
    return json;
  }

  /** A received report: the minimal data set and the acknowledgement, nothing else. */
  public static ObjectNode report(ReceivedReport report) {
    ObjectNode json = object();
    json.put("id", report.id().toString());
    json.put("recipient", report.recipient().name());
    json.put("state", report.state().name());
    json.put("reportedAt", report.reportedAt().toString());
    json.put("acknowledgedAt", report.acknowledgedAt().map(Object::toString).orElse(null));
    json.put("version", report.version());
    MinimalDataSet set = report.dataSet();
    ObjectNode data = json.putObject("dataSet");
    data.put("familyReference", set.familyReference());
    data.put("givenName", set.givenName());
    data.put("birthYear", set.birthYear());
    data.put("reason", set.reason().name());
    data.put("date", set.date().toString());
    data.put("centreContact", set.centreContact());
    return json;
  }
}
