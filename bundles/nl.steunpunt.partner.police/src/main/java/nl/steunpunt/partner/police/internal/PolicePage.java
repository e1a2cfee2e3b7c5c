package nl.steunpunt.partner.police.internal;

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
 * The police's page: the reports addressed to the police, their acknowledgement and follow-up.
 * Needs the {@link PartnerContext} only so that the page is shown exactly while the endpoints it
 * calls exist.
 */
@Component(service = UiExtension.class)
public final class PolicePage extends PartnerPage {

  static final String MODULE = PolicePartner.FILES + "/police.js";

  @Activate
  public PolicePage(@Reference PartnerContext context) {
    super(
        "police-reports",
        Map.of("nl", "Politie: meldingen", "en", "Police: reports"),
        UiSlot.NAV,
        MODULE,
        "police-reports-page",
        Set.of(Role.POLICE_LIAISON),
        Purpose.SECURITY_REPORTING,
        110);
  }
}
