package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.erasure.Erasure;

/** An erasure as the REST API shows it to the privacy officer. */
public record ErasureJson(
    UUID id,
    UUID familyId,
    String familyReference,
    String ground,
    String erasedAt,
    String erasedBy,
    String reason) {

  public static ErasureJson of(Erasure erasure) {
    return new ErasureJson(
        erasure.id(),
        erasure.familyId(),
        erasure.familyReference(),
        erasure.ground().name(),
        Dates.format(erasure.erasedAt()),
        erasure.erasedBy(),
        erasure.reason());
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "ErasureJson[id=" + id + "]";
  }
}
