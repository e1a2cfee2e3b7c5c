package nl.steunpunt.partner.therapy.internal;

import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import org.osgi.service.component.annotations.Component;

/**
 * The therapy provider's listener: notes the sessions held with its referred members, so the list
 * of referrals shows when a member was last seen.
 */
@Component(service = {TrajectoryListener.class, TherapyEvents.class})
public final class TherapyEvents implements TrajectoryListener {

  private final SessionLog log = new SessionLog();

  @Override
  public void onEvent(PartnerEvent event) {
    log.handle(event);
  }

  SessionLog log() {
    return log;
  }
}
