package nl.steunpunt.store.jdbc.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.steunpunt.store.Meters;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's meter registry, a Micrometer Prometheus registry with the JVM's memory, threads,
 * class loading, CPU and uptime. It lives as long as this component; the core renders it for the
 * operator.
 */
@Component(service = Meters.class)
public final class PrometheusMeters implements Meters {

  private static final Logger LOG = LoggerFactory.getLogger(PrometheusMeters.class);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Set<Runnable> refreshes = ConcurrentHashMap.newKeySet();

  public PrometheusMeters() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  @Override
  public MeterRegistry registry() {
    return registry;
  }

  @Override
  public AutoCloseable beforeScrape(Runnable refresh) {
    // A handle of its own per call: the same refresh added twice is two refreshes.
    Runnable entry = refresh::run;
    refreshes.add(entry);
    return () -> refreshes.remove(entry);
  }

  @Override
  public String scrape() {
    for (Runnable refresh : refreshes) {
      try {
        refresh.run();
      } catch (RuntimeException e) {
        // The class only: a driver's message may hold values.
        LOG.warn("A metric could not be brought up to date: {}", e.getClass().getName());
      }
    }
    return registry.scrape();
  }

  @Deactivate
  void deactivate() {
    refreshes.clear();
    registry.close();
  }
}
