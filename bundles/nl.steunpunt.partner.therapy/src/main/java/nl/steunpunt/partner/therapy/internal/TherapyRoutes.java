package nl.steunpunt.partner.therapy.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.partner.http.Call;
import nl.steunpunt.partner.http.Handler;
import nl.steunpunt.partner.http.Json;
import nl.steunpunt.partner.http.OwnRecords;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.Router;

/**
 * The therapy provider's endpoints below {@code /api/v1/partners/therapy-demo}: the members with an
 * open referral to the therapist's organisation, and the sessions with them as the provider's own
 * records. The families come from the case services of the bundle's {@link PartnerContext}, which
 * the platform limits to those with a member referred to the provider.
 */
final class TherapyRoutes {

  /** The most referrals listed at once. */
  static final int MAX_REFERRALS = PageRequest.MAX_LIMIT;

  private final PartnerContext context;
  private final SessionLog sessions;
  private final OwnRecords notes;

  TherapyRoutes(PartnerContext context, SessionLog sessions, Clock clock) {
    this.context = context;
    this.sessions = sessions;
    this.notes =
        new OwnRecords(context, RecordSubject.Kind.MEMBER, "memberId", Session::read, clock);
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "referrals", this::referrals)
        .add("GET", "members/{memberId}/sessions", notes::list)
        .add("POST", "members/{memberId}/sessions", notes::add)
        .add("PUT", "sessions/{recordId}", notes::change)
        .add("DELETE", "sessions/{recordId}", notes::delete);
  }

  /**
   * The open referrals to the therapist's organisation (newest first, at most {@link
   * #MAX_REFERRALS}), with the member referred and the family's reference.
   */
  private Reply referrals(Call call) {
    Actor actor = call.actor();
    FamilyService families = context.service(FamilyService.class);
    TrajectoryService trajectories = context.service(TrajectoryService.class);
    Page<Referral> open = trajectories.referredTo(actor, new PageRequest(0, MAX_REFERRALS));
    Map<UUID, Family> seen = new HashMap<>();
    ArrayNode items = Json.array();
    for (Referral referral : open.items()) {
      Member member = families.member(actor, referral.memberId()).orElse(null);
      if (member == null) {
        continue;
      }
      Family family =
          seen.computeIfAbsent(member.familyId(), id -> families.find(actor, id).orElse(null));
      if (family != null) {
        items.add(referral(family, referral, member));
      }
    }
    ObjectNode json = Json.object();
    json.set("items", items);
    json.put("total", open.total());
    return Reply.ok(json);
  }

  private ObjectNode referral(Family family, Referral referral, Member member) {
    ObjectNode json = Json.object();
    json.put("referralId", referral.id().toString());
    json.put("openedAt", referral.openedAt().toString());
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
}
