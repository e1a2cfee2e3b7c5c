package nl.steunpunt.core.internal.partner.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;

/**
 * Finds the grant of a trusted bundle's declared partner: exactly one valid grant with its partner
 * id, and the same kind and purpose. Anything else gives no grant (default deny).
 */
final class GrantRules {

  private GrantRules() {}

  static Optional<PartnerGrant> grantFor(
      PartnerDeclaration declaration, List<Configured<PartnerGrant>> grants) {
    List<PartnerGrant> named = named(declaration.partnerId(), grants);
    if (named.size() != 1) {
      return Optional.empty();
    }
    PartnerGrant grant = named.get(0);
    return grant.kind() == declaration.kind() && grant.purpose() == declaration.purpose()
        ? Optional.of(grant)
        : Optional.empty();
  }

  /** What the operator should fix in the grants, in short texts without personal data. */
  static List<String> alerts(
      List<PartnerDeclaration> trusted, List<Configured<PartnerGrant>> grants) {
    List<String> alerts = new ArrayList<>();
    for (Configured<PartnerGrant> grant : grants) {
      if (grant.value().isEmpty()) {
        alerts.add("partner grant " + grant.pid() + " is invalid: " + grant.problem());
      } else if (grant.value().get().timeline()
          && !grant.value().get().categories().contains(DataCategory.EVENTS)) {
        alerts.add(
            "partner "
                + grant.value().get().partnerId()
                + " grant has the timeline but not the category EVENTS: no event is delivered");
      }
    }
    for (PartnerDeclaration declaration : trusted) {
      List<PartnerGrant> named = named(declaration.partnerId(), grants);
      if (named.size() > 1) {
        alerts.add("partner " + declaration.partnerId() + " has more than one grant");
      } else if (named.size() == 1
          && (named.get(0).kind() != declaration.kind()
              || named.get(0).purpose() != declaration.purpose())) {
        alerts.add(
            "partner " + declaration.partnerId() + " grant does not match its kind and purpose");
      }
    }
    return alerts;
  }

  private static List<PartnerGrant> named(String partnerId, List<Configured<PartnerGrant>> grants) {
    return grants.stream()
        .flatMap(g -> g.value().stream())
        .filter(g -> g.partnerId().equals(partnerId))
        .toList();
  }
}
