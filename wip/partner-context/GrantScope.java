package nl.steunpunt.core.internal.partner;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.report.Recipient;
import nl.steunpunt.api.report.Reporter;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.api.trajectory.Phase;

/**
 * How far a partner's grant reaches into one family, the same for the events it receives ({@link
 * EventScope}) and the records it keeps ({@link PartnerRecordContext}): a municipality the families
 * of its codes while their trajectory is in SUPPORT or AFTERCARE, a therapy provider the members
 * with an open referral to its organisation, the police the reports the centre disclosed to the
 * police.
 */
final class GrantScope {

  /** The phases in which a municipality takes part in a trajectory. */
  static final Set<Phase> MUNICIPAL_PHASES = Set.of(Phase.SUPPORT, Phase.AFTERCARE);

  private GrantScope() {}

  /** A municipality partner's reach: the family's municipality and its trajectory's phase now. */
  static boolean municipal(PartnerGrant grant, String municipality, Optional<Phase> phase) {
    return grant.municipalities().contains(municipality)
        && phase.filter(MUNICIPAL_PHASES::contains).isPresent();
  }

  /**
   * A therapy partner's reach: a member referred to its organisation, or, for what is about the
   * whole family, any member referred.
   *
   * @param referred the members of the family with an open referral to the grant's organisation
   */
  static boolean referred(PartnerGrant grant, Set<UUID> referred, Optional<UUID> member) {
    return grant.organisation().isPresent()
        && member.map(referred::contains).orElse(!referred.isEmpty());
  }

  /** A police partner's reach: a report the centre disclosed to the police. */
  static boolean disclosedToPolice(SecurityReport report) {
    return report
        .disclosure()
        .filter(d -> d.reporter() == Reporter.CENTRE && d.recipient() == Recipient.POLICE)
        .isPresent();
  }
}
