package nl.steunpunt.trust.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The boundary: in every resolve, a bundle revision (fragments included) that may not run finds no
 * candidate for any of its requirements, so it cannot resolve and stays INSTALLED, and its own
 * capabilities are taken out of every match, so no other bundle wires to it (also not by a dynamic
 * import). The allow-list is read at most once per resolve, and only when a bundle that is not the
 * platform's own is decided (a resolve runs for every dynamic import); the resolver may ask from
 * several threads.
 *
 * <p>A bundle that runs but is not the platform's own (a partner, its library) wires to no
 * Steunpunt package but the public API ({@link PlatformOnly}): the store contract and this bundle's
 * package are for the core.
 *
 * <p>Not {@code filterResolvable}: Felix 7.0.5 then drops the capabilities of every bundle that is
 * already resolved (the system bundle's too) from all matches of that resolve, so one refused
 * bundle would make every other resolve fail. The price: a refused bundle without a single
 * mandatory requirement can still resolve; it then gets nothing wired, {@link ClassGate} defines
 * none of its classes, and {@link Trust} refreshes it back to INSTALLED at once.
 */
final class TrustHook implements ResolverHookFactory {

  private final Trust trust;

  TrustHook(Trust trust) {
    this.trust = trust;
  }

  @Override
  public ResolverHook begin(Collection<BundleRevision> triggers) {
    return new Hook(trust, trust.allowList());
  }

  private static final class Hook implements ResolverHook {

    private final Trust trust;
    private final Supplier<List<AllowEntry>> allowList;
    private final Map<Bundle, Decision> decided = new ConcurrentHashMap<>();

    Hook(Trust trust, Supplier<List<AllowEntry>> allowList) {
      this.trust = trust;
      this.allowList = allowList;
    }

    @Override
    public void filterResolvable(Collection<BundleRevision> candidates) {
      // See the class comment: refused revisions are starved in filterMatches instead.
    }

    @Override
    public void filterSingletonCollisions(
        BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
      // Singletons are the framework's business.
    }

    @Override
    public void filterMatches(
        BundleRequirement requirement, Collection<BundleCapability> candidates) {
      Decision requirer = decision(requirement.getRevision());
      if (!requirer.mayResolve()) {
        candidates.clear();
      } else {
        candidates.removeIf(
            capability ->
                !decision(capability.getRevision()).mayResolve()
                    || (!requirer.platform() && PlatformOnly.wiring(capability)));
      }
    }

    @Override
    public void end() {
      // Nothing held.
    }

    private Decision decision(BundleRevision revision) {
      return decided.computeIfAbsent(
          revision.getBundle(), bundle -> trust.decide(bundle, allowList));
    }
  }
}
