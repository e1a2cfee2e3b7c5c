package ${package}.internal;

import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import org.osgi.service.component.annotations.Component;

/**
 * The partner's listener: the platform delivers, in order and at least once, the events the grant
 * lets this partner see, each one audited as a disclosure. Keep {@link #onEvent} short; throwing
 * means "not handled", and the same event comes again later.
#if( $kind == "POLICE" )
 *
 * <p>A POLICE partner is told of no timeline events at all (by design): the police learn of a case
 * only through the security reports addressed to them ({@code ReportService.received}).
#end
 */
@Component(service = {TrajectoryListener.class, PartnerEvents.class})
public final class PartnerEvents implements TrajectoryListener {

  private final EventTally tally = new EventTally();

  @Override
  public void onEvent(PartnerEvent event) {
    tally.handle(event);
  }

  EventTally tally() {
    return tally;
  }
}
