package nl.steunpunt.core.internal.partner.settings;

import java.io.IOException;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.core.internal.partner.grants.SettingText;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The grant and allow-list factory configurations in Configuration Admin, found by a property (the
 * partner id, the symbolic name) rather than by pid: the operator may have made them with {@code
 * config:edit} or a {@code .cfg} file as well.
 */
public final class PartnerConfigs {

  static final String UNAVAILABLE = "Configuration Admin cannot be used now; nothing was changed.";

  private final ConfigurationAdmin admin;

  public PartnerConfigs(ConfigurationAdmin admin) {
    this.admin = admin;
  }

  /** The factory's configurations, by pid. */
  public List<Configuration> all(String factoryPid) {
    return list("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + escape(factoryPid) + ")");
  }

  /** The factory's configurations whose property has this value. */
  public List<Configuration> having(String factoryPid, String property, String value) {
    return list(
        "(&("
            + ConfigurationAdmin.SERVICE_FACTORYPID
            + "="
            + escape(factoryPid)
            + ")("
            + property
            + "="
            + escape(value)
            + "))");
  }

  /**
   * Makes the configuration (or a new one of the factory) hold exactly these values, keeping only
   * Configuration Admin's bookkeeping of the properties it had (the {@code etc/} file it is tied
   * to). Nothing is written when it holds them already.
   *
   * @return whether it was written
   */
  boolean replace(Optional<Configuration> existing, String factoryPid, Map<String, Object> values) {
    try {
      if (existing.isPresent()
          && SettingText.same(SettingText.of(existing.get().getProperties()), values)) {
        return false;
      }
      Configuration configuration =
          existing.isPresent() ? existing.get() : admin.createFactoryConfiguration(factoryPid, "?");
      Dictionary<String, Object> properties = new Hashtable<>();
      Dictionary<String, Object> before = configuration.getProperties();
      if (before != null) {
        for (String key : java.util.Collections.list(before.keys())) {
          if (SettingText.BOOKKEEPING.contains(key)) {
            properties.put(key, before.get(key));
          }
        }
      }
      values.forEach(properties::put);
      configuration.update(properties);
      return true;
    } catch (IOException | IllegalStateException e) {
      throw new UnavailableException(UNAVAILABLE, e);
    }
  }

  void delete(Configuration configuration) {
    try {
      configuration.delete();
    } catch (IOException | IllegalStateException e) {
      throw new UnavailableException(UNAVAILABLE, e);
    }
  }

  /** A property's value as a string; empty when absent or not a string. */
  public static Optional<String> text(Configuration configuration, String property) {
    Dictionary<String, Object> properties = configuration.getProperties();
    Object value = properties == null ? null : properties.get(property);
    return value instanceof String text ? Optional.of(text.strip()) : Optional.empty();
  }

  private List<Configuration> list(String filter) {
    try {
      Configuration[] found = admin.listConfigurations(filter);
      return found == null
          ? List.of()
          : Arrays.stream(found)
              .sorted(java.util.Comparator.comparing(Configuration::getPid))
              .toList();
    } catch (IOException | InvalidSyntaxException e) {
      throw new UnavailableException(UNAVAILABLE, e);
    }
  }

  /** Escapes a value for an LDAP filter (RFC 1960). */
  static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == '*' || c == '(' || c == ')') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
