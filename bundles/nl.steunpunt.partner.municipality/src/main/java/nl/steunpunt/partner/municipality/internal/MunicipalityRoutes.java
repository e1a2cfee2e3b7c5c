package nl.steunpunt.partner.municipality.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.report.ReceivedReport;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.report.ReportState;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.partner.http.Call;
import nl.steunpunt.partner.http.Handler;
import nl.steunpunt.partner.http.Json;
import nl.steunpunt.partner.http.OwnRecords;
import nl.steunpunt.partner.http.Reply;
import nl.steunpunt.partner.http.Router;

/**
 * The municipality's endpoints below {@code /api/v1/partners/gm0363}. Every read goes through the
 * case services of the bundle's {@link PartnerContext}, so the platform's access policy limits it
 * to the grant's municipalities and the families in a full trajectory, intersected with what the
 * officer may see; nothing here filters families itself.
 */
final class MunicipalityRoutes {

  /** How many open tasks are read to find the municipality's own: one page of the largest size. */
  private static final PageRequest TASKS = new PageRequest(0, PageRequest.MAX_LIMIT);

  private final PartnerContext context;
  private final EventTally tally;
  private final OwnRecords meetings;

  MunicipalityRoutes(PartnerContext context, EventTally tally, Clock clock) {
    this.context = context;
    this.tally = tally;
    this.meetings =
        new OwnRecords(context, RecordSubject.Kind.FAMILY, "familyId", Meeting::read, clock);
  }

  Router<Handler> router() {
    return new Router<Handler>()
        .add("GET", "families", this::families)
        .add("GET", "summary", this::summary)
        .add("GET", "reports", this::reports)
        .add("GET", "families/{familyId}/meetings", meetings::list)
        .add("POST", "families/{familyId}/meetings", meetings::add)
        .add("PUT", "meetings/{recordId}", meetings::change)
        .add("DELETE", "meetings/{recordId}", meetings::delete);
  }

  /** The families, with phase, team contacts and the municipality's open tasks. */
  private Reply families(Call call) {
    Actor actor = call.actor();
    PageRequest request = call.page();
    TrajectoryService trajectories = context.service(TrajectoryService.class);
    Page<Family> page =
        context.service(FamilyService.class).search(actor, FamilySearch.ALL, request);
    Map<UUID, List<Task>> tasks = ownTasks(actor, trajectories);
    return Reply.ok(
        Json.page(
            page,
            family -> {
              ObjectNode json = Json.object();
              json.put("id", family.id().toString());
              json.put("reference", family.reference());
              json.put("municipality", family.municipality());
              json.put("version", family.version());
              trajectories
                  .ofFamily(actor, family.id())
                  .ifPresentOrElse(
                      t -> trajectory(json, t, tasks.getOrDefault(t.id(), List.of())),
                      () -> json.putNull("phase"));
              return json;
            }));
  }

  private static void trajectory(ObjectNode json, Trajectory trajectory, List<Task> tasks) {
    json.put("trajectoryId", trajectory.id().toString());
    json.put("phase", trajectory.phase().name());
    ArrayNode contacts = json.putArray("teamContacts");
    trajectory.team().stream().map(TeamAssignment::user).distinct().forEach(contacts::add);
    ArrayNode list = json.putArray("tasks");
    for (Task task : tasks) {
      list.addObject()
          .put("id", task.id().toString())
          .put("title", task.title())
          .put("due", task.due().toString())
          .put("version", task.version());
    }
  }

  /** The open tasks owned by the officer's organisation, per trajectory. */
  private static Map<UUID, List<Task>> ownTasks(Actor actor, TrajectoryService trajectories) {
    String organisation = actor.organisation().id();
    return trajectories.openTasks(actor, TASKS).items().stream()
        .filter(
            t -> t.owner() instanceof TaskOwner.Partner p && p.organisation().equals(organisation))
        .collect(Collectors.groupingBy(Task::trajectoryId));
  }

  /** The numbers of the dashboard card. */
  private Reply summary(Call call) {
    Actor actor = call.actor();
    long families =
        context
            .service(FamilyService.class)
            .search(actor, FamilySearch.ALL, new PageRequest(0, 1))
            .total();
    long tasks =
        ownTasks(actor, context.service(TrajectoryService.class)).values().stream()
            .mapToLong(List::size)
            .sum();
    long unacknowledged =
        context
            .service(ReportService.class)
            .received(actor, new PageRequest(0, PageRequest.MAX_LIMIT))
            .items()
            .stream()
            .filter(r -> r.state() == ReportState.REPORTED)
            .count();
    ObjectNode json = Json.object();
    json.put("families", families);
    json.put("openTasks", tasks);
    json.put("reportsToAcknowledge", unacknowledged);
    ObjectNode events = json.putObject("eventsSinceStart");
    tally.counts().forEach(events::put);
    return Reply.ok(json);
  }

  private Reply reports(Call call) {
    PageRequest request = call.page();
    Page<ReceivedReport> page =
        context.service(ReportService.class).received(call.actor(), request);
    return Reply.ok(Json.page(page, Json::report));
  }
}
