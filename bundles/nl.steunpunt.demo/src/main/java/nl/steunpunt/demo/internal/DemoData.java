package nl.steunpunt.demo.internal;

import java.time.Instant;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.Store;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, fills an empty store with about ninety fictitious families, so a newcomer has
 * something to look at. Never in production, and never over existing data.
 *
 * <p>The bundle's manifest names it a demo bundle ({@code Steunpunt-Demo}): the distribution's
 * platform list marks it so, and the trust boundary lets it resolve in demo mode only.
 */
@Header(name = DemoData.DEMO_HEADER, value = "true")
@Component(immediate = true)
public final class DemoData {

  /** The manifest header that makes a bundle demo-only (see the trust bundle's platform list). */
  static final String DEMO_HEADER = "Steunpunt-Demo";

  public static final int FAMILIES = 90;
  public static final long SEED = 2015;
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  @Activate
  public DemoData(@Reference PlatformStatus platform, @Reference Store store) {
    if (!platform.demoMode()) {
      return;
    }
    long existing =
        store.read(s -> s.families().search(FamilyFilter.ALL, new PageRequest(0, 1)).total());
    if (existing > 0) {
      return;
    }
    write(store, Instant.now());
    LOG.warn("DEMO MODE: {} fictitious families generated", FAMILIES);
  }

  /**
   * Writes the demo's data: the generated families, the demo users' ties to some of them, and a
   * security report in every state of the workflow.
   */
  public static void write(Store store, Instant now) {
    GeneratedFamilies.write(store, FAMILIES, SEED, now);
    store.write(
        s -> {
          DemoRelations.write(s, now);
          DemoReports.write(s, now);
          return null;
        });
  }
}
