package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.trajectory.CriticalMoment;

/** A critical moment in a family's trajectory, as the REST API shows it. */
public record CriticalMomentJson(
    UUID trajectoryId, long eventSequence, UUID memberId, String occurredAt) {

  public static CriticalMomentJson of(CriticalMoment moment) {
    return new CriticalMomentJson(
        moment.trajectoryId(),
        moment.eventSequence(),
        moment.memberId(),
        Dates.format(moment.occurredAt()));
  }
}
