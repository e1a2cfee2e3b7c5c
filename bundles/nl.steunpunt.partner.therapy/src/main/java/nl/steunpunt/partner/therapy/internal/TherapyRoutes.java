package nl.steunpunt.partner.therapy.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.partner.therapy.internal.http.Call;
import nl.steunpunt.partner.therapy.internal.http.Handler;
import nl.steunpunt.partner.therapy.internal.http.Json;
import nl.steunpunt.partner.therapy.internal.http.JsonBodies;
import nl.steunpunt.partner.therapy.internal.http.Reply;
import nl.steunpunt.partner.therapy.internal.http.Router;

/**
 * The therapy provider's endpoints below {@code /api/v1/partners/therapy-demo}: the members with an
 * open referral to the therapist's organisation, and the sessions with them as the provider's own
 * records. The families come from the case services of the bundle's {@link PartnerContext}, which
 * the platform limits to those with a member referred to the provider.
 */
final class TherapyRoutes {

  /**
   * The most families read to find the referrals: the API has no search by referral, so the
   * families the platform lets the provider see are read page by page, up to this many.
   */
  static final int MAX_FAMILIES = 1000;

  private final PartnerContext context;
  private final SessionLog sessions;
  private final Clock clock;

  TherapyRoutes(PartnerContext context, SessionLog sessions, Clock clock) {
    this.context = context;
    this.sessions = sessions;
    this.clock = clock;
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "referrals", this::referrals)
        .add("GET", "members/{memberId}/sessions", this::sessions)
        .add("POST", "members/{memberId}/sessions", this::addSession)
        .add("PUT", "sessions/{recordId}", this::changeSession)
        .add("DELETE", "sessions/{recordId}", this::deleteSession);
  }

  /**
   * The members referred to the therapist's organisation. The therapist may not read trajectories
   * or their referrals (TRAJECTORY_STATUS); the platform gives the provider the families with a
   * member referred to it, and of each family only the members referred.
   */
  private Reply referrals(Call call) {
    Actor actor = call.actor();
    FamilyService families = context.service(FamilyService.class);
    ArrayNode items = Json.array();
    for (Family family : families(actor, families)) {
      for (Member member : families.members(actor, family.id())) {
        items.add(referred(family, member));
      }
    }
    ObjectNode json = Json.object();
    json.set("items", items);
    return Reply.ok(json);
  }

  private static List<Family> families(Actor actor, FamilyService families) {
    List<Family> all = new ArrayList<>();
    int offset = 0;
    while (offset < MAX_FAMILIES) {
      Page<Family> page =
          families.search(actor, FamilySearch.ALL, new PageRequest(offset, PageRequest.MAX_LIMIT));
      all.addAll(page.items());
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= page.total()) {
        break;
      }
    }
    return all;
  }

  private ObjectNode referred(Family family, Member member) {
    ObjectNode json = Json.object();
    json.put("familyId", family.id().toString());
    json.put("familyReference", family.reference());
    json.put("memberId", member.id().toString());
    json.put("givenName", member.givenName());
    json.put("role", member.role().name());
    json.put("birthYear", member.birthYear());
    ArrayNode languages = json.putArray("languages");
    member.languages().forEach(languages::add);
    json.put(
        "lastSessionHeld", sessions.lastSession(member.id()).map(Object::toString).orElse(null));
    return json;
  }

  private Reply sessions(Call call) {
    RecordSubject member = new RecordSubject(RecordSubject.Kind.MEMBER, call.id("memberId"));
    return Reply.ok(Json.list(context.of(call.actor(), member), Json::record));
  }

  private Reply addSession(Call call) throws IOException {
    RecordSubject member = new RecordSubject(RecordSubject.Kind.MEMBER, call.id("memberId"));
    ObjectNode session = Session.read(call.body(), LocalDate.now(clock));
    PartnerRecord created =
        context.create(call.actor(), member, JsonBodies.MAPPER.writeValueAsString(session));
    return Reply.created(Json.record(created), created.version());
  }

  private Reply changeSession(Call call) throws IOException {
    UUID id = call.id("recordId");
    long version = call.ifMatch();
    ObjectNode session = Session.read(call.body(), LocalDate.now(clock));
    PartnerRecord changed =
        context.update(call.actor(), id, version, JsonBodies.MAPPER.writeValueAsString(session));
    return Reply.ok(Json.record(changed), changed.version());
  }

  private Reply deleteSession(Call call) {
    UUID id = call.id("recordId");
    context.delete(call.actor(), id, call.ifMatch());
    return Reply.noContent();
  }
}
