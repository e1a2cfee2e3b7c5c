package nl.steunpunt.api.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;

/**
 * Where one partner stands, for the operator: its grant, the bundles that declare it and event
 * delivery to it. Holds no personal data.
 *
 * @param partnerId the partner
 * @param kind its kind, from its grant or else its bundles' declaration; empty when neither says
 * @param purpose its purpose, likewise
 * @param grant its grant; empty when none names it
 * @param bundles the installed bundles that declare it, by symbolic name
 * @param delivery event delivery to it; empty when it never had a delivery cursor
 * @since 0.2
 */
public record PartnerStatus(
    String partnerId,
    Optional<OrganisationKind> kind,
    Optional<Purpose> purpose,
    Optional<Grant> grant,
    List<PartnerBundle> bundles,
    Optional<Delivery> delivery) {

  /** Creates a status; every part is required and the list is copied. */
  public PartnerStatus {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(grant, "grant");
    bundles = List.copyOf(bundles);
    Objects.requireNonNull(delivery, "delivery");
  }

  /**
   * The partner's grant as configured.
   *
   * @param pid the configuration's pid
   * @param valid whether the platform accepted the configuration; when not, the values below are
   *     empty and {@code problem} says why
   * @param problem why the configuration is invalid; empty when valid
   * @param organisation the partner's organisation id
   * @param municipalities the CBS codes
   * @param categories the data categories it may read at most
   * @param timeline whether it receives events
   * @param fromStart whether it starts at the beginning of the log
   * @param duplicates how many more grant configurations name this partner (then none applies)
   * @since 0.2
   */
  public record Grant(
      String pid,
      boolean valid,
      Optional<String> problem,
      Optional<String> organisation,
      Set<String> municipalities,
      Set<DataCategory> categories,
      boolean timeline,
      boolean fromStart,
      int duplicates) {

    /** Creates a grant; every part is required and the sets are copied. */
    public Grant {
      Objects.requireNonNull(pid, "pid");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(organisation, "organisation");
      municipalities = Set.copyOf(municipalities);
      categories = Set.copyOf(categories);
    }
  }

  /**
   * An installed bundle that declares the partner, and the allow-list's verdict on it.
   *
   * @param bundleId the bundle's id
   * @param symbolicName its symbolic name
   * @param version its version
   * @param state its state in words: {@code INSTALLED}, {@code RESOLVED}, {@code STARTING}, {@code
   *     ACTIVE} or {@code STOPPING}
   * @param allowed whether it is on the allow-list, name, version and jar
   * @param verdict the allow-list's verdict in words, e.g. {@code allowed}, {@code not on the
   *     allow-list} or {@code jar does not match the allow-list's SHA-256}
   * @param acting whether it acts for the partner now: allowed, and exactly one grant matching its
   *     declared kind and purpose
   * @since 0.2
   */
  public record PartnerBundle(
      long bundleId,
      String symbolicName,
      String version,
      String state,
      boolean allowed,
      String verdict,
      boolean acting) {

    /** Creates a bundle status; every part is required. */
    public PartnerBundle {
      Objects.requireNonNull(symbolicName, "symbolicName");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  /**
   * Where event delivery to the partner stands.
   *
   * @param running whether this node delivers to it now (its listener is registered and may act)
   * @param leaseOwner the node that holds the delivery lease, if any (in a cluster, maybe another)
   * @param cursor the last sequence delivered or passed over as out of the partner's scope
   * @param lastSequence the event log's last sequence
   * @param backlog {@code lastSequence - cursor}: an upper bound of the events still to deliver, as
   *     the partner sees only those in its scope
   * @param failures failed deliveries in a row
   * @param lastError the last failure's type and message, identifiers blanked out
   * @param nextAttempt when delivery is tried again after a failure
   * @since 0.2
   */
  public record Delivery(
      boolean running,
      Optional<String> leaseOwner,
      long cursor,
      long lastSequence,
      long backlog,
      int failures,
      Optional<String> lastError,
      Optional<Instant> nextAttempt) {

    /** Creates a delivery status; every part is required. */
    public Delivery {
      Objects.requireNonNull(leaseOwner, "leaseOwner");
      Objects.requireNonNull(lastError, "lastError");
      Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
  }
}
