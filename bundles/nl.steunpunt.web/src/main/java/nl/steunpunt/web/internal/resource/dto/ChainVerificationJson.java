package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.audit.ChainVerification;

/** The outcome of checking the audit log's hash chain; the last two are null when it is intact. */
public record ChainVerificationJson(
    boolean intact, long checked, Long firstBroken, String problem) {

  public static ChainVerificationJson of(ChainVerification verification) {
    return new ChainVerificationJson(
        verification.intact(),
        verification.checked(),
        verification.firstBroken().isPresent() ? verification.firstBroken().getAsLong() : null,
        verification.problem().orElse(null));
  }
}
