package nl.steunpunt.api.partner;

/**
 * The manifest header with which a bundle declares the partner it acts for.
 *
 * <p>Form: {@code Steunpunt-Partner: <partnerId>;kind=<kind>;purpose=<purpose>}, for example {@code
 * Steunpunt-Partner: gm0363;kind=MUNICIPALITY;purpose=MUNICIPAL_SUPPORT}.
 *
 * <ul>
 *   <li>{@code partnerId}: lower-case letters and digits, optionally joined by single hyphens, at
 *       most 64 characters; the operator's grant names the same id.
 *   <li>{@code kind}: an {@link OrganisationKind} name.
 *   <li>{@code purpose}: a {@link nl.steunpunt.api.access.Purpose} name other than {@code
 *       EMERGENCY}.
 * </ul>
 *
 * <p>Both attributes are required, each once, and nothing else may follow. The platform reads the
 * header strictly: a bundle whose header does not have this form is refused like a bundle that is
 * not on the operator's allow-list (no {@link PartnerContext}, no events, an alert for the
 * operator).
 *
 * @since 0.2
 */
public final class PartnerHeader {

  /** The header's name. */
  public static final String NAME = "Steunpunt-Partner";

  private PartnerHeader() {}
}
