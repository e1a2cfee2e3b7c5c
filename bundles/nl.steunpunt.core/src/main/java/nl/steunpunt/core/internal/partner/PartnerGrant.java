package nl.steunpunt.core.internal.partner;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.partner.OrganisationKind;

/**
 * What the operator granted a partner, as far as event delivery needs it. The grants configuration
 * (a factory configuration per partner) will make these; until then tests do.
 *
 * @param partnerId the partner
 * @param kind its kind of organisation
 * @param municipalities the CBS codes whose families' events a municipality partner sees
 * @param organisation the organisation id that referrals name, for a therapy partner
 * @param timeline whether an {@code OTHER} partner was granted the timeline (all events)
 * @param fromStart whether a partner seen for the first time starts at the beginning of the event
 *     log instead of its end
 */
public record PartnerGrant(
    String partnerId,
    OrganisationKind kind,
    Set<String> municipalities,
    Optional<String> organisation,
    boolean timeline,
    boolean fromStart) {

  public PartnerGrant {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(kind, "kind");
    municipalities = Set.copyOf(municipalities);
    Objects.requireNonNull(organisation, "organisation");
  }

  /** A municipality partner for the given CBS codes. */
  public static PartnerGrant municipality(String partnerId, Set<String> codes) {
    return new PartnerGrant(
        partnerId, OrganisationKind.MUNICIPALITY, codes, Optional.empty(), false, false);
  }

  /** A therapy partner whose referrals name the given organisation. */
  public static PartnerGrant therapy(String partnerId, String organisation) {
    return new PartnerGrant(
        partnerId, OrganisationKind.THERAPY, Set.of(), Optional.of(organisation), false, false);
  }

  /** The same grant, starting at the beginning of the event log when first seen. */
  public PartnerGrant fromTheStart() {
    return new PartnerGrant(partnerId, kind, municipalities, organisation, timeline, true);
  }
}
