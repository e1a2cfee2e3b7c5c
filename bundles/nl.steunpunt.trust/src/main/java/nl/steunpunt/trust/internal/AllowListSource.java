package nl.steunpunt.trust.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's allow-list as Configuration Admin holds it now, read by this bundle itself (so the
 * decisions at a restart are right before the core is up) without binding the configurations. Read
 * afresh for every resolve, so an entry written just before a {@code bundle:start} counts; when
 * Configuration Admin cannot answer, the last list read (empty at first: fail closed).
 */
final class AllowListSource {

  private static final Logger LOG = LoggerFactory.getLogger(AllowListSource.class);
  private static final String FILTER = "(service.factoryPid=" + AllowEntry.FACTORY_PID + ")";

  private final ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admin;
  private volatile List<AllowEntry> last = List.of();

  AllowListSource(BundleContext context) {
    this.admin = new ServiceTracker<>(context, ConfigurationAdmin.class, null);
  }

  void open() {
    admin.open();
  }

  void close() {
    admin.close();
  }

  List<AllowEntry> read() {
    ConfigurationAdmin current = admin.getService();
    if (current == null) {
      return last;
    }
    try {
      Configuration[] configurations = current.listConfigurations(FILTER);
      List<AllowEntry> entries = new ArrayList<>();
      if (configurations != null) {
        for (Configuration configuration : configurations) {
          AllowEntry.of(configuration.getProperties()).ifPresent(entries::add);
        }
      }
      last = List.copyOf(entries);
    } catch (java.io.IOException | InvalidSyntaxException | IllegalStateException e) {
      LOG.warn("The allow-list could not be read, the last one read counts: {}", e.toString());
    }
    return last;
  }
}
