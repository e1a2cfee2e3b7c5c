package nl.steunpunt.api.access;

/**
 * What an actor does. The access policy decides the actions in {@link #ON_DATA} per role and {@link
 * DataCategory}; the others are recorded in the audit log for what is not a plain data access.
 *
 * @since 0.1
 */
public enum Action {
  /** Looks at one record. */
  READ,
  /** Lists, searches or counts records. */
  SEARCH,
  /** Creates a record. */
  CREATE,
  /** Changes a record. */
  UPDATE,
  /** Takes data out of the platform: a report, a download, a data subject access report. */
  EXPORT,
  /** Gives data to a party outside the centre: a security report sent. */
  DISCLOSE,
  /** Opens a family outside one's relationship with it, for a stated reason. */
  BREAK_GLASS,
  /** Reviews a use of break-glass. */
  REVIEW,
  /** Checks the integrity of data, such as the audit log's hash chain. */
  VERIFY,
  /** Changes what a partner may see. */
  GRANT_CHANGE,
  /** Installs, updates or removes a bundle. */
  BUNDLE_LIFECYCLE,
  /**
   * Erases a family's personal data, on request or when its retention period has passed.
   *
   * @since 0.3
   */
  ERASE,
  /**
   * Ends sessions of a user (an operator's action).
   *
   * @since 0.3
   */
  SESSION_END;

  /** The actions the access policy decides for every role and data category. */
  public static final java.util.List<Action> ON_DATA =
      java.util.List.of(READ, SEARCH, CREATE, UPDATE, EXPORT, DISCLOSE, VERIFY);
}
