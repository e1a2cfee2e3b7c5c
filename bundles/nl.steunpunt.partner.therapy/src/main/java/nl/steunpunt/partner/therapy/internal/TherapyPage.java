package nl.steunpunt.partner.therapy.internal;

import java.util.Map;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import nl.steunpunt.partner.http.PartnerPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The therapy provider's page: the members referred to it and their session notes. Needs the {@link
 * PartnerContext} only so that the page is shown exactly while the endpoints it calls exist.
 */
@Component(service = UiExtension.class)
public final class TherapyPage extends PartnerPage {

  static final String MODULE = TherapyPartner.FILES + "/therapy.js";

  @Activate
  public TherapyPage(@Reference PartnerContext context) {
    super(
        "therapy-referrals",
        Map.of("nl", "Therapie: verwijzingen", "en", "Therapy: referrals"),
        UiSlot.NAV,
        MODULE,
        "therapy-demo-referrals-page",
        Set.of(Role.THERAPIST),
        Purpose.THERAPY,
        110);
  }
}
