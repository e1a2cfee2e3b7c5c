package nl.steunpunt.core.internal.access;

/** How far a role's right on a data category reaches. */
public enum Grant {
  /** Not at all. */
  NONE,
  /** Only on families the actor has a relationship with (or opened with break-glass). */
  RELATED,
  /** On every record. */
  ANY
}
