package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.EventJson;
import nl.steunpunt.web.internal.resource.dto.EventRequest;
import nl.steunpunt.web.internal.resource.dto.PageJson;

/** A trajectory's timeline, under {@code /api/v1/trajectories/{id}/events}. */
final class TimelineResource {

  private final TrajectoryService trajectories;

  TimelineResource(TrajectoryService trajectories) {
    this.trajectories = trajectories;
  }

  ApiRoutes addTo(ApiRoutes router) {
    return router
        .get(TrajectoriesResource.BASE + "/{id}/events", this::timeline)
        .post(TrajectoriesResource.BASE + "/{id}/events", this::record);
  }

  private void timeline(Exchange exchange) throws IOException {
    var page = exchange.page();
    exchange.ok(
        PageJson.of(trajectories.timeline(exchange.actor(), exchange.id(), page), EventJson::of));
  }

  private void record(Exchange exchange) throws IOException {
    var event = exchange.body(EventRequest.class).toNew();
    exchange.created(EventJson.of(trajectories.record(exchange.actor(), exchange.id(), event)));
  }
}
