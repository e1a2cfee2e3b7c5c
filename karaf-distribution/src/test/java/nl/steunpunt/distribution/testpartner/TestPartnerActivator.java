package nl.steunpunt.distribution.testpartner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the partner tests' bundle, which {@code TestPartnerBundle} packs at test time:
 * it declares the partner {@code test-partner} in its manifest and registers a {@link
 * TrajectoryListener} that appends "sequence type" to a file outside the bundle (so the record
 * survives an uninstall), exactly as the listener of a partner bundle would be told of events. (A
 * plain activator, so that the bundle needs nothing but the public API and the framework.)
 */
public final class TestPartnerActivator implements BundleActivator {

  /** The file the listener appends to, under Karaf's data folder. */
  public static final String LOG_FILE = "test-partner-events.log";

  @Override
  public void start(BundleContext context) {
    Path log = Path.of(System.getProperty("karaf.data"), LOG_FILE);
    TrajectoryListener listener = event -> append(log, event);
    context.registerService(TrajectoryListener.class, listener, null);
  }

  @Override
  public void stop(BundleContext context) {
    // The framework unregisters the listener.
  }

  private static synchronized void append(Path log, PartnerEvent event) {
    try {
      Files.writeString(
          log,
          event.sequence() + " " + event.type() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
