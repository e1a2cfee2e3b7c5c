package nl.steunpunt.core.internal.partner;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.core.internal.access.Cases;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each bundle its own {@link PartnerContext}, only when {@link PartnerGrants} says it acts
 * for a partner (trusted and granted); otherwise none, and the refusal is logged once per bundle
 * version. The context's channel is the bundle the framework names, never what a caller passes.
 */
final class PartnerContextFactory implements ServiceFactory<PartnerContext> {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerContextFactory.class);

  private final Cases cases;
  private final PartnerGrants grants;
  private final Set<String> refused = ConcurrentHashMap.newKeySet();

  PartnerContextFactory(Cases cases, PartnerGrants grants) {
    this.cases = cases;
    this.grants = grants;
  }

  @Override
  public PartnerContext getService(
      Bundle bundle, ServiceRegistration<PartnerContext> registration) {
    String name = String.valueOf(bundle.getSymbolicName());
    String version = bundle.getVersion().toString();
    Optional<PartnerGrant> grant = grants.grantFor(bundle);
    if (grant.isEmpty()) {
      if (refused.add(name + "/" + version)) {
        LOG.warn(
            "Bundle {} {} asked for a partner context but is not a trusted partner with a grant",
            name,
            version);
      }
      return null;
    }
    refused.remove(name + "/" + version);
    return new PartnerRecordContext(
        cases,
        grant.get(),
        () -> grants.grantFor(bundle),
        new Channel.PartnerBundle(name, version));
  }

  @Override
  public void ungetService(
      Bundle bundle, ServiceRegistration<PartnerContext> registration, PartnerContext service) {
    // The context holds nothing to release.
  }
}
