package nl.steunpunt.distribution.testrogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the trust tests' bundles, which {@code TrustBoundaryIT} packs at test time
 * without the partner header: when it runs, it leaves a marker file named after its bundle under
 * Karaf's data folder, so a test can tell whether any of its code ever ran.
 */
public final class RogueActivator implements BundleActivator {

  /** The marker a bundle with this symbolic name leaves when its code runs. */
  public static Path marker(String symbolicName) {
    return Path.of(System.getProperty("karaf.data"), "ran-" + symbolicName);
  }

  @Override
  public void start(BundleContext context) {
    try {
      Files.writeString(marker(context.getBundle().getSymbolicName()), "ran\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop(BundleContext context) {
    // Nothing held.
  }
}
