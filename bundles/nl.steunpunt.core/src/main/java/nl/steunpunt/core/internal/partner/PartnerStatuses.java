package nl.steunpunt.core.internal.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.steunpunt.api.platform.PartnerStatus;
import nl.steunpunt.core.internal.partner.delivery.DeliveryStatus;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;

/**
 * Puts together where each partner stands from what the platform knows of it: the grant
 * configurations (Configuration Admin's and the platform's reading of them, by pid), the bundles
 * that declare it, and its delivery cursor.
 */
final class PartnerStatuses {

  static final String NOT_APPLIED = "not applied yet";

  private PartnerStatuses() {}

  /**
   * @param grantConfigs Configuration Admin's grant configurations: pid to the partner id they name
   *     (blank when they name none)
   * @param lastSequence the event log's last sequence
   */
  static List<PartnerStatus> of(
      Map<String, String> grantConfigs,
      List<Configured<PartnerGrant>> grants,
      List<PartnerRuntime.BundleView> bundles,
      List<DeliveryStatus> deliveries,
      Predicate<String> delivering,
      long lastSequence) {
    Set<String> ids = new TreeSet<>();
    grantConfigs.values().stream().filter(id -> !id.isBlank()).forEach(ids::add);
    grants.forEach(g -> g.value().ifPresent(v -> ids.add(v.partnerId())));
    bundles.forEach(b -> b.verdict().declaration().ifPresent(d -> ids.add(d.partnerId())));
    deliveries.forEach(d -> ids.add(d.partnerId()));

    List<PartnerStatus> statuses = new ArrayList<>();
    for (String id : ids) {
      Set<String> pids = new TreeSet<>();
      grantConfigs.forEach((pid, named) -> add(pids, pid, named.equals(id)));
      grants.forEach(
          g -> add(pids, g.pid(), g.value().filter(v -> v.partnerId().equals(id)).isPresent()));
      Optional<Configured<PartnerGrant>> first =
          pids.stream().findFirst().map(pid -> configured(pid, grants));
      Optional<PartnerGrant> valid = first.flatMap(Configured::value);
      List<PartnerRuntime.BundleView> declaring =
          bundles.stream()
              .filter(
                  b -> b.verdict().declaration().filter(d -> d.partnerId().equals(id)).isPresent())
              .toList();
      Optional<PartnerDeclaration> declared =
          declaring.stream().flatMap(b -> b.verdict().declaration().stream()).findFirst();
      statuses.add(
          new PartnerStatus(
              id,
              valid.map(PartnerGrant::kind).or(() -> declared.map(PartnerDeclaration::kind)),
              valid.map(PartnerGrant::purpose).or(() -> declared.map(PartnerDeclaration::purpose)),
              first.map(c -> grant(c, pids.size() - 1)),
              declaring.stream().map(PartnerStatuses::bundle).toList(),
              deliveries.stream()
                  .filter(d -> d.partnerId().equals(id))
                  .findFirst()
                  .map(d -> delivery(d, delivering.test(id), lastSequence))));
    }
    return statuses;
  }

  private static void add(Set<String> pids, String pid, boolean names) {
    if (names) {
      pids.add(pid);
    }
  }

  /** The platform's reading of a configuration; not there yet just after it was written. */
  private static Configured<PartnerGrant> configured(
      String pid, List<Configured<PartnerGrant>> grants) {
    return grants.stream()
        .filter(g -> g.pid().equals(pid))
        .findFirst()
        .orElse(Configured.invalid(pid, NOT_APPLIED));
  }

  private static PartnerStatus.Grant grant(Configured<PartnerGrant> configured, int duplicates) {
    Optional<PartnerGrant> grant = configured.value();
    return new PartnerStatus.Grant(
        configured.pid(),
        grant.isPresent(),
        grant.isPresent() ? Optional.empty() : Optional.of(configured.problem()),
        grant.flatMap(PartnerGrant::organisation),
        grant.map(PartnerGrant::municipalities).orElse(Set.of()),
        grant.map(PartnerGrant::categories).orElse(Set.of()),
        grant.map(PartnerGrant::timeline).orElse(false),
        grant.map(PartnerGrant::fromStart).orElse(false),
        duplicates);
  }

  private static PartnerStatus.PartnerBundle bundle(PartnerRuntime.BundleView view) {
    return new PartnerStatus.PartnerBundle(
        view.id(),
        view.symbolicName(),
        view.version(),
        view.state(),
        view.verdict().allowed(),
        view.verdict().reason(),
        view.acting());
  }

  private static PartnerStatus.Delivery delivery(
      DeliveryStatus status, boolean running, long lastSequence) {
    return new PartnerStatus.Delivery(
        running,
        status.leaseOwner(),
        status.cursor(),
        lastSequence,
        Math.max(0, lastSequence - status.cursor()),
        status.failures(),
        status.lastError(),
        status.nextAttempt());
  }
}
