package nl.steunpunt.web.internal.resource.dto;

import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.report.Recipient;

/**
 * The body of {@code POST /reports/{id}/override}: a team lead reports without a completed
 * consultation. Every part is required.
 */
public record OverrideRequest(String legalBasis, Recipient recipient, String reason) {

  /**
   * Checks that every part is there.
   *
   * @return this request
   * @throws nl.steunpunt.api.common.ValidationException naming each missing part
   */
  public OverrideRequest require() {
    List<FieldError> errors = new ArrayList<>();
    Required.check(legalBasis, "legalBasis", errors);
    Required.check(recipient, "recipient", errors);
    Required.check(reason, "reason", errors);
    Errors.throwIfAny(errors);
    return this;
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "OverrideRequest[recipient=" + recipient + "]";
  }
}
