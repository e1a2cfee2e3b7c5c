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
 * The municipality's dashboard card: how many families, open tasks and reports to acknowledge.
 * Needs the {@link PartnerContext} only so that the card is shown exactly while the endpoints it
 * calls exist.
 */
@Component(service = UiExtension.class)
public final class MunicipalityCard extends PartnerPage {

  @Activate
  public MunicipalityCard(@Reference PartnerContext context) {
    super(
        "municipality-summary",
        Map.of("nl", "Gemeente: overzicht", "en", "Municipality: overview"),
        UiSlot.DASHBOARD,
        MunicipalityPage.MODULE,
        "gm-municipality-card",
        Set.of(Role.MUNICIPALITY_OFFICER),
        Purpose.MUNICIPAL_SUPPORT,
        110);
  }
}
