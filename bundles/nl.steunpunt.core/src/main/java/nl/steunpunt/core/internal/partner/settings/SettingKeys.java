package nl.steunpunt.core.internal.partner.settings;

import java.util.Map;
import java.util.Optional;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.core.internal.partner.grants.PartnerGrantReader;
import nl.steunpunt.core.internal.partner.trust.AllowEntryReader;
import nl.steunpunt.store.PartnerSettingRecords.Key;
import nl.steunpunt.store.PartnerSettingRecords.Kind;
import org.osgi.framework.VersionRange;

/**
 * What identifies a grant or an allow-list entry on every node, as the administration has always
 * found them: a grant by its partner id, an entry by its symbolic name and version range (the same
 * range however written). Configuration pids differ from node to node, so they cannot.
 */
public final class SettingKeys {

  private SettingKeys() {}

  static String factoryPid(Kind kind) {
    return kind == Kind.GRANT ? PartnerGrantReader.PID : AllowEntryReader.PID;
  }

  /** The object the audit names for a setting of this kind. */
  static String auditObject(Kind kind) {
    return kind == Kind.GRANT ? OperatorAudit.PARTNER_GRANT : OperatorAudit.PARTNER_ALLOW;
  }

  public static Key grant(String partnerId) {
    return Key.grant(partnerId);
  }

  public static Key allow(String symbolicName, String versionRange) {
    return Key.allow(symbolicName, range(versionRange));
  }

  /** The key of a configuration's properties; empty when the property that names it is missing. */
  static Optional<Key> of(Kind kind, Map<String, Object> properties) {
    if (kind == Kind.GRANT) {
      return text(properties.get(PartnerRequests.PARTNER_ID)).map(Key::grant);
    }
    Optional<String> name = text(properties.get(PartnerRequests.SYMBOLIC_NAME));
    return name.map(n -> allow(n, text(properties.get("versionRange")).orElse("")));
  }

  /** The range in its one canonical form; as given when it is no range (the entry is invalid). */
  static String range(String range) {
    try {
      return new VersionRange(range.strip()).toString();
    } catch (IllegalArgumentException e) {
      return range.strip();
    }
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }
}
