package nl.steunpunt.distribution.benchpartner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.partner.PartnerEvent;
import nl.steunpunt.api.partner.TrajectoryListener;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the partner benchmark's two bundles, which {@code BenchPartnerBundle} packs at
 * test time: both register a navigation page for counsellors, {@code bench-page-<symbolic name's
 * last part>}; the one that declares a partner in its manifest also registers a {@link
 * TrajectoryListener} that appends "sequence type receivedNanos" to a file under Karaf's data
 * folder. {@code System.nanoTime()} is comparable with the benchmark's, which runs in the same JVM.
 * (A plain activator, so that the bundle needs nothing but the public API and the framework.)
 */
public final class BenchPartnerActivator implements BundleActivator {

  /** The file the listener appends to, under Karaf's data folder. */
  public static final String LOG_FILE = "bench-partner-events.log";

  private FileChannel log;

  @Override
  public void start(BundleContext context) throws IOException {
    String name = context.getBundle().getSymbolicName();
    String id = "bench-page-" + name.substring(name.lastIndexOf('.') + 1);
    String header = context.getBundle().getHeaders().get("Steunpunt-Partner");
    String partner = header.substring(0, header.indexOf(';'));
    // A page is shown only under its partner's own prefix.
    context.registerService(UiExtension.class, new BenchPage(id, partner), null);
    if (partner.equals("bench-partner")) {
      // Kept open: one write per event, no open and close, so the listener costs little.
      log =
          FileChannel.open(
              Path.of(System.getProperty("karaf.data"), LOG_FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      FileChannel channel = log;
      TrajectoryListener listener = event -> append(channel, event);
      context.registerService(TrajectoryListener.class, listener, null);
    }
  }

  @Override
  public void stop(BundleContext context) throws IOException {
    // The framework unregisters the services.
    if (log != null) {
      log.close();
    }
  }

  private static void append(FileChannel log, PartnerEvent event) {
    String line = event.sequence() + " " + event.type() + " " + System.nanoTime() + "\n";
    try {
      log.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record BenchPage(String id, String partner) implements UiExtension {

    @Override
    public Map<String, String> titles() {
      return Map.of("nl", "Meetpagina", "en", "Benchmark page");
    }

    @Override
    public UiSlot slot() {
      return UiSlot.NAV;
    }

    @Override
    public String module() {
      return "/plugins/" + partner + "/page.js";
    }

    @Override
    public String element() {
      return partner + "-page";
    }

    @Override
    public Set<Role> roles() {
      return Set.of(Role.COUNSELLOR);
    }

    @Override
    public Optional<Purpose> purpose() {
      return Optional.empty();
    }

    @Override
    public int order() {
      return 95;
    }
  }
}
