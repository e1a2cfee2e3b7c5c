package nl.steunpunt.partner.municipality.internal;

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
 * The municipality's page: its families, the reports addressed to it and its meetings. Needs the
 * {@link PartnerContext} only so that the page is shown exactly while the endpoints it calls exist.
 */
@Component(service = UiExtension.class)
public final class MunicipalityPage extends PartnerPage {

  static final String MODULE = MunicipalityPartner.FILES + "/municipality.js";

  @Activate
  public MunicipalityPage(@Reference PartnerContext context) {
    super(
        "municipality-families",
        Map.of("nl", "Gemeente: gezinnen", "en", "Municipality: families"),
        UiSlot.NAV,
        MODULE,
        "gm0363-families-page",
        Set.of(Role.MUNICIPALITY_OFFICER),
        Purpose.MUNICIPAL_SUPPORT,
        110);
  }
}
