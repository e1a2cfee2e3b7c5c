package nl.steunpunt.api.erasure;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The record of one erasure: which family, when, on what ground, by whom and why. It names the
 * family by its id and pseudonymous reference only.
 *
 * @param id the erasure's id
 * @param familyId the family erased
 * @param familyReference the family's pseudonymous reference, kept so a request can be answered
 * @param ground request or retention
 * @param erasedAt when
 * @param erasedBy the privacy officer's user name, or the platform's job (e.g. {@code retention})
 * @param reason the privacy officer's reason, or the retention rule that applied; it should name no
 *     person
 * @since 0.1
 */
public record Erasure(
    UUID id,
    UUID familyId,
    String familyReference,
    ErasureGround ground,
    Instant erasedAt,
    String erasedBy,
    String reason) {

  /** Creates the record; every part is required. */
  public Erasure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(familyReference, "familyReference");
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(erasedAt, "erasedAt");
    Objects.requireNonNull(erasedBy, "erasedBy");
    Objects.requireNonNull(reason, "reason");
  }

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "Erasure[id=" + id + ", familyId=" + familyId + ", ground=" + ground + "]";
  }
}
