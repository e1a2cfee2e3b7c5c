package nl.steunpunt.core.internal.partner;

import java.util.Optional;
import org.osgi.framework.Bundle;

/**
 * Decides whether a bundle acts for a partner, and with what grant: the bundle must declare the
 * partner and be on the operator's allow-list, and the operator must have configured a grant. The
 * allow-list and grants configuration provide it (next slice); without it no bundle gets events.
 */
public interface PartnerGrants {

  /** The grant of the partner the bundle acts for; empty when it may not act for one. */
  Optional<PartnerGrant> grantFor(Bundle bundle);
}
