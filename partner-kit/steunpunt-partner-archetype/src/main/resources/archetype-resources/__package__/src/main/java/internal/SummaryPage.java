package ${package}.internal;

import java.util.Map;
import java.util.Set;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import nl.steunpunt.partner.http.PartnerPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The partner's page in the staff UI (Dutch and English). Needs the {@link PartnerContext} only so
 * that the page is listed exactly while the routes it calls exist.
 */
@Component(service = UiExtension.class)
public final class SummaryPage extends PartnerPage {

  static final String MODULE = Partner.FILES + "/" + Partner.ID + ".js";

  static final String ELEMENT = Partner.ID + "-summary-page";

  @Activate
  public SummaryPage(@Reference PartnerContext context) {
    super(
        Partner.ID + "-summary",
        Map.of("nl", Partner.ID + ": overzicht", "en", Partner.ID + ": overview"),
        UiSlot.NAV,
        MODULE,
        ELEMENT,
        Set.of(Partner.ROLE),
        Partner.PURPOSE,
        200);
  }
}
