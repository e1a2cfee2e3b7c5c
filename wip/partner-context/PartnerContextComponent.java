package nl.steunpunt.core.internal.partner;

import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.core.internal.access.Cases;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the bundle-scoped {@link PartnerContext} service. A {@link PartnerContextFactory}
 * rather than a DS bundle-scoped component, because DS cannot answer "none for this bundle" without
 * logging an activation failure on every request.
 */
@Component(
    service = {},
    immediate = true)
public final class PartnerContextComponent {

  private final ServiceRegistration<PartnerContext> registration;

  @Activate
  public PartnerContextComponent(
      BundleContext context, @Reference Cases cases, @Reference PartnerGrants grants) {
    this.registration =
        context.registerService(
            PartnerContext.class, new PartnerContextFactory(cases, grants), null);
  }

  @Deactivate
  void deactivate() {
    registration.unregister();
  }
}
