package nl.steunpunt.web.internal.resource.dto;

/** The body of {@code POST /families/{id}/erasure}; the service checks the reason. */
public record ErasureRequest(String reason) {

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "ErasureRequest[]";
  }
}
