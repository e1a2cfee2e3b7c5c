package nl.steunpunt.partner.municipality.internal;

import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import org.osgi.service.component.annotations.Component;

/**
 * The municipality's listener: the platform delivers the events of the grant's municipalities'
 * families in a full trajectory; the bundle only counts them for the dashboard card (the
 * municipality's own work is in its meeting records, written by its officers).
 */
@Component(service = {TrajectoryListener.class, MunicipalityEvents.class})
public final class MunicipalityEvents implements TrajectoryListener {

  private final EventTally tally = new EventTally();

  @Override
  public void onEvent(PartnerEvent event) {
    tally.handle(event);
  }

  EventTally tally() {
    return tally;
  }
}
