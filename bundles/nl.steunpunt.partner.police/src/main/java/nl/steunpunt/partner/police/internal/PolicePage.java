package nl.steunpunt.partner.police.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The police's page: the reports addressed to the police, their acknowledgement and follow-up.
 * Needs the {@link PartnerContext} only so that the page is shown exactly while the endpoints it
 * calls exist.
 */
@Component(service = UiExtension.class)
public final class PolicePage implements UiExtension {

  static final String MODULE = PolicePartner.FILES + "/police.js";

  @Activate
  public PolicePage(@Reference PartnerContext context) {
    // Only the presence of the context matters.
  }

  @Override
  public String id() {
    return "police-reports";
  }

  @Override
  public Map<String, String> titles() {
    return Map.of("nl", "Politie: meldingen", "en", "Police: reports");
  }

  @Override
  public UiSlot slot() {
    return UiSlot.NAV;
  }

  @Override
  public String module() {
    return MODULE;
  }

  @Override
  public String element() {
    return "pol-reports-page";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.POLICE_LIAISON);
  }

  @Override
  public Optional<Purpose> purpose() {
    return Optional.of(Purpose.SECURITY_REPORTING);
  }

  @Override
  public int order() {
    return 110;
  }
}
