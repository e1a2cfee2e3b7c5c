package nl.steunpunt.api.ui;

/**
 * Where in the staff UI an extension's element is placed.
 *
 * @since 0.1
 */
public enum UiSlot {
  /** A page of its own, with an entry in the main navigation. */
  NAV("nav"),
  /** A tab on the page of one family; the element gets the family's id. */
  FAMILY_TAB("family-tab"),
  /** A card on the start page. */
  DASHBOARD("dashboard"),
  /** An action on one security report; the element gets the report's id. */
  REPORT_ACTIONS("report-actions");

  private final String jsonName;

  UiSlot(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the name of this slot in JSON, as the shell knows it.
   *
   * @return the name, e.g. {@code family-tab}
   */
  public String jsonName() {
    return jsonName;
  }
}
