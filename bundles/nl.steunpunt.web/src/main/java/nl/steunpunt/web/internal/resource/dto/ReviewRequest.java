package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.common.ValidationException;

/**
 * The body of {@code POST /break-glass/{id}/review}. {@code justified} is checked here, because a
 * missing boolean cannot reach the service; the service checks the remark.
 */
public record ReviewRequest(Boolean justified, String remark) {

  /**
   * Whether the use was justified.
   *
   * @throws ValidationException when it is missing
   */
  public boolean requireJustified() {
    if (justified == null) {
      throw ValidationException.of("justified", "is required");
    }
    return justified;
  }

  /** Leaves the remark out: free text may name people. */
  @Override
  public String toString() {
    return "ReviewRequest[justified=" + justified + "]";
  }
}
