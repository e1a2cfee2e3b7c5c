package nl.steunpunt.web.internal.resource;

import java.io.IOException;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.Exchange;
import nl.steunpunt.web.internal.resource.dto.ReferralJson;
import nl.steunpunt.web.internal.resource.dto.ReferralRequest;

/**
 * Referrals of members to a therapy provider: made and listed on a trajectory, ended under {@code
 * /api/v1/referrals}. A referral has no version and no address of its own: no ETag, no Location.
 */
final class ReferralsResource {

  static final String BASE = "/api/v1/referrals";

  private final TrajectoryService trajectories;

  ReferralsResource(TrajectoryService trajectories) {
    this.trajectories = trajectories;
  }

  /** The routes of the referrals servlet. */
  ApiRoutes routes() {
    return new ApiRoutes().post(BASE + "/{id}/end", this::end);
  }

  /** The routes on a trajectory, for the trajectories servlet. */
  ApiRoutes addTrajectoryRoutesTo(ApiRoutes router) {
    return router
        .get(TrajectoriesResource.BASE + "/{id}/referrals", this::referrals)
        .post(TrajectoriesResource.BASE + "/{id}/referrals", this::refer);
  }

  private void referrals(Exchange exchange) throws IOException {
    exchange.ok(
        trajectories.referrals(exchange.actor(), exchange.id()).stream()
            .map(ReferralJson::of)
            .toList());
  }

  private void refer(Exchange exchange) throws IOException {
    var referral = exchange.body(ReferralRequest.class).toNew();
    exchange.created(
        ReferralJson.of(trajectories.refer(exchange.actor(), exchange.id(), referral)));
  }

  private void end(Exchange exchange) throws IOException {
    exchange.ok(ReferralJson.of(trajectories.endReferral(exchange.actor(), exchange.id())));
  }
}
