package nl.steunpunt.core.internal.partner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.api.partner.PartnerHeader;
import org.osgi.framework.Bundle;

/** Tells the platform's own bundles from the others (partners, libraries, anything installed). */
@FunctionalInterface
public interface PlatformBundles {

  /** Whether the bundle is one of the platform's own. */
  boolean platform(Bundle bundle);

  /**
   * The system bundle and every bundle without the partner header, remembered per bundle revision
   * (its last modification), as a header is read on every answer otherwise.
   */
  static PlatformBundles withoutPartnerHeader() {
    record Seen(long lastModified, boolean platform) {}
    Map<Long, Seen> seen = new ConcurrentHashMap<>();
    return bundle -> {
      if (bundle.getBundleId() == 0) {
        return true;
      }
      long modified = bundle.getLastModified();
      Seen known = seen.get(bundle.getBundleId());
      if (known == null || known.lastModified() != modified) {
        known = new Seen(modified, bundle.getHeaders("").get(PartnerHeader.NAME) == null);
        seen.put(bundle.getBundleId(), known);
      }
      return known.platform();
    };
  }
}
