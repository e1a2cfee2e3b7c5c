package nl.steunpunt.web.internal.resource.dto;

/** The body of {@code POST /families/{id}/break-glass}; the service checks the reason. */
public record BreakGlassRequest(String reason) {

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "BreakGlassRequest[]";
  }
}
