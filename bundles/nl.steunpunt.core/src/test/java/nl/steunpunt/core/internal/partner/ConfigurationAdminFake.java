package nl.steunpunt.core.internal.partner;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A fake of the OSGi Configuration Admin service for unit tests: factory configurations kept in
 * memory, listed with real LDAP filters ({@link FrameworkUtil#createFilter} needs no framework).
 * Only what the partner administration uses works; the rest throws. Felix's real one needs a
 * running framework.
 */
public final class ConfigurationAdminFake implements ConfigurationAdmin {

  public final Map<String, FakeConfiguration> stored = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  /** When set, every write fails as a broken persistence would. */
  public volatile boolean failing;

  /** Adds a configuration as if made by hand ({@code config:edit}, a {@code .cfg} file). */
  public FakeConfiguration put(String factoryPid, Map<String, Object> values) throws IOException {
    FakeConfiguration c = (FakeConfiguration) createFactoryConfiguration(factoryPid, "?");
    c.update(new Hashtable<>(values));
    return c;
  }

  public List<Dictionary<String, Object>> of(String factoryPid) {
    return stored.values().stream()
        .filter(c -> factoryPid.equals(c.factoryPid) && c.properties != null)
        .map(FakeConfiguration::getProperties)
        .toList();
  }

  @Override
  public Configuration createFactoryConfiguration(String factoryPid) throws IOException {
    return createFactoryConfiguration(factoryPid, null);
  }

  @Override
  public Configuration createFactoryConfiguration(String factoryPid, String location) {
    String pid = factoryPid + "." + next.incrementAndGet();
    FakeConfiguration c = new FakeConfiguration(pid, factoryPid);
    stored.put(pid, c);
    return c;
  }

  @Override
  public Configuration getConfiguration(String pid, String location) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Configuration getConfiguration(String pid) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Configuration getFactoryConfiguration(String factoryPid, String name, String location) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Configuration getFactoryConfiguration(String factoryPid, String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Configuration[] listConfigurations(String filter) throws InvalidSyntaxException {
    Filter f = FrameworkUtil.createFilter(filter);
    Configuration[] found =
        stored.values().stream()
            .filter(c -> c.properties != null && f.match(c.getProperties()))
            .toArray(Configuration[]::new);
    return found.length == 0 ? null : found;
  }

  public final class FakeConfiguration implements Configuration {
    final String pid;
    final String factoryPid;
    public volatile Hashtable<String, Object> properties;

    FakeConfiguration(String pid, String factoryPid) {
      this.pid = pid;
      this.factoryPid = factoryPid;
    }

    @Override
    public String getPid() {
      if (!stored.containsKey(pid)) {
        // As Felix: a deleted configuration answers nothing.
        throw new IllegalStateException("Configuration " + pid + " deleted");
      }
      return pid;
    }

    @Override
    public Dictionary<String, Object> getProperties() {
      if (properties == null) {
        return null;
      }
      Hashtable<String, Object> copy = new Hashtable<>(properties);
      copy.put(SERVICE_FACTORYPID, factoryPid);
      copy.put("service.pid", pid);
      return copy;
    }

    @Override
    public Dictionary<String, Object> getProcessedProperties(
        org.osgi.framework.ServiceReference<?> reference) {
      return getProperties();
    }

    @Override
    public void update(Dictionary<String, ?> values) throws IOException {
      if (failing) {
        throw new IOException("disk full");
      }
      Hashtable<String, Object> copy = new Hashtable<>();
      for (String key : Collections.list(values.keys())) {
        if (!key.equals("service.pid") && !key.equals(SERVICE_FACTORYPID)) {
          copy.put(key, values.get(key));
        }
      }
      properties = copy;
    }

    @Override
    public void delete() throws IOException {
      if (failing) {
        throw new IOException("disk full");
      }
      stored.remove(pid);
    }

    @Override
    public String getFactoryPid() {
      return factoryPid;
    }

    @Override
    public void update() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean updateIfDifferent(Dictionary<String, ?> values) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setBundleLocation(String location) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getBundleLocation() {
      return "?";
    }

    @Override
    public long getChangeCount() {
      return 0;
    }

    @Override
    public void addAttributes(ConfigurationAttribute... attrs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<ConfigurationAttribute> getAttributes() {
      return Set.of();
    }

    @Override
    public void removeAttributes(ConfigurationAttribute... attrs) {
      throw new UnsupportedOperationException();
    }
  }
}
