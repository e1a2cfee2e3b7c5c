package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.http.Versions;
import nl.steunpunt.web.internal.resource.dto.CriticalMomentJson;
import nl.steunpunt.web.internal.resource.dto.PartnersRequest;
import nl.steunpunt.web.internal.resource.dto.PhaseRequest;
import nl.steunpunt.web.internal.resource.dto.TeamJson;
import nl.steunpunt.web.internal.resource.dto.TeamRequest;
import nl.steunpunt.web.internal.resource.dto.TrajectoryJson;

/**
 * A trajectory, its phase, team and partners, and its critical moments, under {@code
 * /api/v1/trajectories}.
 */
final class TrajectoriesResource {

  static final String BASE = "/api/v1/trajectories";

  private final TrajectoryService trajectories;

  TrajectoriesResource(TrajectoryService trajectories) {
    this.trajectories = trajectories;
  }

  ApiRoutes addTo(ApiRoutes router) {
    return router
        .get(BASE + "/{id}", this::read)
        .post(BASE + "/{id}/phase", this::changePhase)
        .get(BASE + "/{id}/team", this::team)
        .put(BASE + "/{id}/team", this::assignTeam)
        .put(BASE + "/{id}/partners", this::involvePartners)
        .get(BASE + "/{id}/critical-moments", this::criticalMoments);
  }

  private void read(Exchange exchange) throws IOException {
    Trajectory trajectory = find(exchange);
    exchange.ok(TrajectoryJson.of(trajectory), trajectory.version());
  }

  private void changePhase(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    PhaseRequest request = exchange.body(PhaseRequest.class);
    Versions.require(expected, find(exchange).version());
    Trajectory changed =
        trajectories.changePhase(
            exchange.actor(), exchange.id(), expected, request.phase(), request.optionalReason());
    exchange.ok(TrajectoryJson.of(changed), changed.version());
  }

  private void team(Exchange exchange) throws IOException {
    Trajectory trajectory = find(exchange);
    var suggestions = trajectories.suggestTeam(exchange.actor(), exchange.id());
    exchange.ok(TeamJson.of(trajectory, suggestions), trajectory.version());
  }

  private void assignTeam(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    var team = exchange.body(TeamRequest.class).toAssignments();
    Versions.require(expected, find(exchange).version());
    Trajectory changed = trajectories.assignTeam(exchange.actor(), exchange.id(), expected, team);
    exchange.ok(TrajectoryJson.of(changed), changed.version());
  }

  private void involvePartners(Exchange exchange) throws IOException {
    long expected = exchange.ifMatch();
    PartnersRequest request = exchange.body(PartnersRequest.class);
    Versions.require(expected, find(exchange).version());
    Trajectory changed =
        trajectories.involvePartners(exchange.actor(), exchange.id(), expected, request.partners());
    exchange.ok(TrajectoryJson.of(changed), changed.version());
  }

  private void criticalMoments(Exchange exchange) throws IOException {
    exchange.ok(
        trajectories.criticalMoments(exchange.actor(), exchange.id()).stream()
            .map(CriticalMomentJson::of)
            .toList());
  }

  private Trajectory find(Exchange exchange) {
    return trajectories
        .find(exchange.actor(), exchange.id())
        .orElseThrow(FamiliesResource::notFound);
  }
}
