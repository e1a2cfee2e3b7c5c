package nl.steunpunt.web.internal.resource.dto;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.report.ReportReason;

/** The body of {@code POST /trajectories/{id}/reports}; both parts are required. */
public record DraftReportRequest(UUID memberId, ReportReason reason) {

  /**
   * Checks that both parts are there.
   *
   * @return this request
   * @throws nl.steunpunt.api.common.ValidationException naming each missing part
   */
  public DraftReportRequest require() {
    List<FieldError> errors = new ArrayList<>();
    Required.check(memberId, "memberId", errors);
    Required.check(reason, "reason", errors);
    Errors.throwIfAny(errors);
    return this;
  }
}
