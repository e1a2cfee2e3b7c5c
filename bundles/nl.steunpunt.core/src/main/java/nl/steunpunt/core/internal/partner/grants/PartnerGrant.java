package nl.steunpunt.core.internal.partner.grants;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.core.internal.access.PartnerReach;

/**
 * What the operator granted a partner (one factory configuration {@code
 * nl.steunpunt.partners.grant}).
 *
 * @param partnerId the partner
 * @param kind its kind of organisation
 * @param purpose why it uses data; must equal what its bundle declares
 * @param municipalities the CBS codes whose families' events a municipality partner sees
 * @param organisation the organisation id that referrals name, for a therapy partner
 * @param categories the data categories the partner may read at most
 * @param timeline whether the partner receives events at all
 * @param fromStart whether a partner seen for the first time starts at the beginning of the event
 *     log instead of its end
 */
public record PartnerGrant(
    String partnerId,
    OrganisationKind kind,
    Purpose purpose,
    Set<String> municipalities,
    Optional<String> organisation,
    Set<DataCategory> categories,
    boolean timeline,
    boolean fromStart) {

  public PartnerGrant {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(purpose, "purpose");
    municipalities = Set.copyOf(municipalities);
    Objects.requireNonNull(organisation, "organisation");
    categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
  }

  /** A municipality partner for the given CBS codes, with the timeline. */
  public static PartnerGrant municipality(String partnerId, Set<String> codes) {
    return new PartnerGrant(
        partnerId,
        OrganisationKind.MUNICIPALITY,
        Purpose.MUNICIPAL_SUPPORT,
        codes,
        Optional.empty(),
        Set.of(DataCategory.EVENTS),
        true,
        false);
  }

  /** A therapy partner whose referrals name the given organisation, with the timeline. */
  public static PartnerGrant therapy(String partnerId, String organisation) {
    return new PartnerGrant(
        partnerId,
        OrganisationKind.THERAPY,
        Purpose.THERAPY,
        Set.of(),
        Optional.of(organisation),
        Set.of(DataCategory.EVENTS),
        true,
        false);
  }

  /** What the grant lets the partner reach, for the access policy. */
  public PartnerReach reach() {
    return new PartnerReach(partnerId, kind, purpose, categories, municipalities, organisation);
  }

  /** The same grant, starting at the beginning of the event log when first seen. */
  public PartnerGrant fromTheStart() {
    return new PartnerGrant(
        partnerId, kind, purpose, municipalities, organisation, categories, timeline, true);
  }
}
