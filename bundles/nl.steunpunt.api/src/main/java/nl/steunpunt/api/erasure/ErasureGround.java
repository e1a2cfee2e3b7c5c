package nl.steunpunt.api.erasure;

/**
 * Why a family's personal data was erased.
 *
 * @since 0.1
 */
public enum ErasureGround {
  /** The privacy officer granted a request for erasure (right to erasure). */
  REQUEST,
  /** The family's trajectory had been closed longer than the retention period. */
  RETENTION
}
