package nl.steunpunt.api.evaluation;

/**
 * The form in which indicators leave the platform, as the audit log names it.
 *
 * @since 0.1
 */
public enum ExportFormat {
  /** Comma-separated values (RFC 4180). */
  CSV,
  /** JSON (RFC 8259). */
  JSON
}
