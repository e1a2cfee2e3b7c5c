package nl.steunpunt.core.internal.partner.grants;

import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;

/**
 * Decides whether a bundle acts for a partner, and with what grant: the bundle must declare the
 * partner, be on the operator's allow-list, and the operator must have configured a grant that
 * matches the declaration. {@link PartnerTrust} provides it; the services that serve partner
 * bundles (delivery, contexts, logins) ask it.
 */
public interface BundleGrants {

  /** The grant of the partner the bundle acts for; empty when it may not act for one. */
  Optional<PartnerGrant> grantFor(Bundle bundle);

  /** The bundles that declare a partner and are installed, trusted or not. */
  List<Bundle> partnerBundles();

  /** Calls {@code onChange} after any change that may change an answer of {@link #grantFor}. */
  void watch(Runnable onChange);

  /** Stops calling {@code onChange}. */
  void unwatch(Runnable onChange);
}
