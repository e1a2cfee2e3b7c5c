package nl.steunpunt.trust.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.weaving.WeavingException;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;

/**
 * The second line of the boundary: no class of a bundle that may not run is ever defined, whatever
 * wiring it got. It closes the gap the resolver hook leaves ({@link TrustHook}: a bundle with no
 * mandatory requirement can resolve, and an extender could then instantiate its classes), and holds
 * for a bundle resolved before the hook was there until it is refreshed. A {@link WeavingException}
 * fails the class definition without the framework putting this hook out of service.
 */
final class ClassGate implements WeavingHook {

  private final Trust trust;
  private final Bundle own;

  ClassGate(Trust trust, Bundle own) {
    this.trust = trust;
    this.own = own;
  }

  @Override
  public void weave(WovenClass woven) {
    Bundle bundle = woven.getBundleWiring().getBundle();
    if (bundle == own || bundle.getBundleId() == 0 || trust.mayRun(bundle)) {
      return;
    }
    throw new WeavingException(
        "bundle "
            + bundle.getSymbolicName()
            + " "
            + bundle.getVersion()
            + " may not run: it is neither the platform's own nor on the allow-list");
  }
}
