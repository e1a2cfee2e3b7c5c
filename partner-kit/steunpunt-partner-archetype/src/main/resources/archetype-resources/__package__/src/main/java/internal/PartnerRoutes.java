package ${package}.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.partner.http.Call;
import nl.steunpunt.partner.http.Handler;
import nl.steunpunt.partner.http.Json;
import nl.steunpunt.partner.http.OwnRecords;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.Router;

/**
 * The routes below {@link Partner#BASE}: what the listener has seen, and the partner's own
 * follow-up records about a {@link Partner#SUBJECT}. A route that reads the platform's case data
 * asks {@code context.service(…)} with {@code call.actor()}, so the access policy limits every read
 * to this partner's grant and the user's rights.
 */
final class PartnerRoutes {

  private final EventTally tally;
  private final OwnRecords followUps;

  PartnerRoutes(PartnerContext context, EventTally tally, Clock clock) {
    this.tally = tally;
    this.followUps = new OwnRecords(context, Partner.SUBJECT, "subjectId", FollowUp::read, clock);
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "summary", this::summary)
        .add("GET", Partner.SUBJECTS + "/{subjectId}/follow-ups", followUps::list)
        .add("POST", Partner.SUBJECTS + "/{subjectId}/follow-ups", followUps::add)
        .add("PUT", "follow-ups/{recordId}", followUps::change)
        .add("DELETE", "follow-ups/{recordId}", followUps::delete);
  }

  private Reply summary(Call call) {
    ObjectNode json = Json.object();
    tally.highest().ifPresent(sequence -> json.put("lastSequence", sequence));
    ObjectNode events = json.putObject("eventsSinceStart");
    tally.counts().forEach(events::put);
    return Reply.ok(json);
  }
}
