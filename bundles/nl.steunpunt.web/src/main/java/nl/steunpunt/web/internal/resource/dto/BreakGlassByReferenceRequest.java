package nl.steunpunt.web.internal.resource.dto;

/**
 * The body of {@code POST /break-glass}: the family by its reference, for staff who know that and
 * not the id. The service checks both fields.
 */
public record BreakGlassByReferenceRequest(String reference, String reason) {

  /** Leaves the reason out: free text may name people. */
  @Override
  public String toString() {
    return "BreakGlassByReferenceRequest[]";
  }
}
