package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.NoteJson;
import nl.steunpunt.web.internal.resource.dto.NoteRequest;
import nl.steunpunt.web.internal.resource.dto.PageJson;

/** A trajectory's notes, under {@code /api/v1/trajectories/{id}/notes}. Never logged. */
final class NotesResource {

  private final TrajectoryService trajectories;

  NotesResource(TrajectoryService trajectories) {
    this.trajectories = trajectories;
  }

  ApiRoutes addTo(ApiRoutes router) {
    return router
        .get(TrajectoriesResource.BASE + "/{id}/notes", this::notes)
        .post(TrajectoriesResource.BASE + "/{id}/notes", this::write);
  }

  private void notes(Exchange exchange) throws IOException {
    var page = exchange.page();
    exchange.ok(
        PageJson.of(trajectories.notes(exchange.actor(), exchange.id(), page), NoteJson::of));
  }

  private void write(Exchange exchange) throws IOException {
    var note = exchange.body(NoteRequest.class).toNew();
    exchange.created(NoteJson.of(trajectories.writeNote(exchange.actor(), exchange.id(), note)));
  }
}
