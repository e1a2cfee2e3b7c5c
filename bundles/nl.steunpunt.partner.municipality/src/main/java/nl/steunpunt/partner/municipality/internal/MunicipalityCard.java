package nl.steunpunt.partner.municipality.internal;

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
 * The municipality's dashboard card: how many families, open tasks and reports to acknowledge.
 * Needs the {@link PartnerContext} only so that the page is shown exactly while the endpoints it
 * calls exist.
 */
@Component(service = UiExtension.class)
public final class MunicipalityCard implements UiExtension {

  static final String MODULE = MunicipalityPage.MODULE;

  @Activate
  public MunicipalityCard(@Reference PartnerContext context) {
    // Only the presence of the context matters.
  }

  @Override
  public String id() {
    return "municipality-summary";
  }

  @Override
  public Map<String, String> titles() {
    return Map.of("nl", "Gemeente: overzicht", "en", "Municipality: overview");
  }

  @Override
  public UiSlot slot() {
    return UiSlot.DASHBOARD;
  }

  @Override
  public String module() {
    return MODULE;
  }

  @Override
  public String element() {
    return "gm-municipality-card";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.MUNICIPALITY_OFFICER);
  }

  @Override
  public Optional<Purpose> purpose() {
    return Optional.of(Purpose.MUNICIPAL_SUPPORT);
  }

  @Override
  public int order() {
    return 110;
  }
}
