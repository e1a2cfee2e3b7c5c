package nl.steunpunt.core.internal.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;

/**
 * What the operator's grant lets a partner reach, as the access policy needs it: the partner's kind
 * decides which of the user's ties to a family count, the categories bound what may be touched at
 * all, and the purpose is recorded with every decision.
 *
 * @param partnerId the partner
 * @param kind its kind of organisation
 * @param purpose why it uses data
 * @param categories the data categories it may act on at most
 * @param municipalities the CBS codes whose families a municipality partner reaches
 * @param organisation the organisation whose referrals a therapy partner reaches
 */
public record PartnerReach(
    String partnerId,
    OrganisationKind kind,
    Purpose purpose,
    Set<DataCategory> categories,
    Set<String> municipalities,
    Optional<String> organisation) {

  public PartnerReach {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(purpose, "purpose");
    categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    municipalities = Set.copyOf(municipalities);
    Objects.requireNonNull(organisation, "organisation");
  }
}
