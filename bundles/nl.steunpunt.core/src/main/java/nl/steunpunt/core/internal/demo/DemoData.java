package nl.steunpunt.core.internal.demo;

import java.time.Instant;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, fills an empty store with about ninety fictitious families, so a newcomer has
 * something to look at. Never in production, and never over existing data.
 */
@Component(immediate = true)
public final class DemoData {

  static final int FAMILIES = 90;
  static final long SEED = 2015;
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  @Activate
  public DemoData(@Reference Store store) {
    if (!DemoMode.fromEnvironment().enabled()) {
      return;
    }
    long existing =
        store.read(s -> s.families().search(FamilyFilter.ALL, new PageRequest(0, 1)).total());
    if (existing > 0) {
      return;
    }
    Instant now = Instant.now();
    GeneratedFamilies.write(store, FAMILIES, SEED, now);
    store.write(
        s -> {
          DemoRelations.write(s, now);
          DemoReports.write(s, now);
          return null;
        });
    LOG.warn("DEMO MODE: {} fictitious families generated", FAMILIES);
  }
}
