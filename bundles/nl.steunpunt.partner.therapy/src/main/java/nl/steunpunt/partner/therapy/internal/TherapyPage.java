package nl.steunpunt.partner.therapy.internal;

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
 * The therapy provider's page: the members referred to it and their session notes. Needs the {@link
 * PartnerContext} only so that the page is shown exactly while the endpoints it calls exist.
 */
@Component(service = UiExtension.class)
public final class TherapyPage implements UiExtension {

  static final String MODULE = TherapyPartner.FILES + "/therapy.js";

  @Activate
  public TherapyPage(@Reference PartnerContext context) {
    // Only the presence of the context matters.
  }

  @Override
  public String id() {
    return "therapy-referrals";
  }

  @Override
  public Map<String, String> titles() {
    return Map.of("nl", "Therapie: verwijzingen", "en", "Therapy: referrals");
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
    return "th-referrals-page";
  }

  @Override
  public Set<Role> roles() {
    return Set.of(Role.THERAPIST);
  }

  @Override
  public Optional<Purpose> purpose() {
    return Optional.of(Purpose.THERAPY);
  }

  @Override
  public int order() {
    return 110;
  }
}
