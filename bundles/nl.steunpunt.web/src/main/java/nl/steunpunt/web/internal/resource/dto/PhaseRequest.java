package nl.steunpunt.web.internal.resource.dto;

import java.util.Optional;
import nl.steunpunt.api.trajectory.Phase;

/** The body of {@code POST /trajectories/{id}/phase}; the reason is optional. */
public record PhaseRequest(Phase phase, String reason) {

  public Optional<String> optionalReason() {
    return Optional.ofNullable(reason);
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "PhaseRequest[phase=" + phase + "]";
  }
}
