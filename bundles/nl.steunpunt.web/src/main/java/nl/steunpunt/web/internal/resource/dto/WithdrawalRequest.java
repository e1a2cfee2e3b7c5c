package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.common.ValidationException;

/** The body of {@code POST /reports/{id}/withdrawal}; the reason is required. */
public record WithdrawalRequest(String reason) {

  /**
   * The reason.
   *
   * @throws ValidationException when it is missing
   */
  public String requireReason() {
    if (reason == null) {
      throw ValidationException.of("reason", "is required");
    }
    return reason;
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "WithdrawalRequest[]";
  }
}
