package nl.steunpunt.core.internal.partner.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.core.internal.partner.grants.SettingText;
import nl.steunpunt.core.internal.partner.trust.BundleAudit;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.PartnerSettingRecords;
import nl.steunpunt.store.PartnerSettingRecords.Key;
import nl.steunpunt.store.PartnerSettingRecords.Kind;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.StoreSession;
import org.osgi.service.cm.Configuration;

/**
 * The one-time import of a node's grant and allow-list configurations into the database, when it
 * has never held them (an installation from before the database kept them, or a fresh one whose
 * settings come as {@code etc/} files): in one transaction with its audit entries, holding the
 * settings' head locked, so that of several nodes starting at once only the first imports. Several
 * differing configurations of one key are not imported (none of them counted before either: fail
 * closed), with an alert.
 */
final class PartnerSettingsImport {

  static final String OBJECT = "partner-settings";
  static final Channel CHANNEL = new Channel.Platform("partner-settings");

  /** Something the operator should look at after the import. */
  record Problem(Key key, String text) {}

  private final PartnerConfigs configs;
  private final String node;
  private final Clock clock;

  PartnerSettingsImport(PartnerConfigs configs, String node, Clock clock) {
    this.configs = configs;
    this.node = node;
    this.clock = clock;
  }

  /** Imports unless the settings were taken in already; the problems found. */
  List<Problem> run(Store store) {
    return store.write(this::run);
  }

  private List<Problem> run(StoreSession s) {
    PartnerSettingRecords settings = s.partnerSettings();
    if (settings.lockHead().initialised()) {
      return List.of();
    }
    Instant now = Timestamps.now(clock);
    List<Problem> problems = new ArrayList<>();
    int grants = 0;
    int entries = 0;
    for (Kind kind : Kind.values()) {
      Map<Key, List<Map<String, Object>>> found = new LinkedHashMap<>();
      for (Configuration c : configs.all(SettingKeys.factoryPid(kind))) {
        Map<String, Object> properties = SettingText.of(c.getProperties());
        Optional<Key> key = SettingKeys.of(kind, properties);
        if (key.isEmpty()) {
          problems.add(
              new Problem(
                  new Key(kind, c.getPid(), ""),
                  kind.name().toLowerCase()
                      + " configuration "
                      + c.getPid()
                      + " names no "
                      + (kind == Kind.GRANT ? "partner" : "bundle")
                      + " and was not imported"));
          continue;
        }
        found.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(properties);
      }
      for (var entry : found.entrySet()) {
        Map<String, Object> first = entry.getValue().get(0);
        if (!entry.getValue().stream().allMatch(p -> SettingText.same(p, first))) {
          problems.add(
              new Problem(
                  entry.getKey(),
                  PartnerSettingsSync.describe(entry.getKey())
                      + " has several differing configurations on node "
                      + node
                      + " and was not imported"));
          continue;
        }
        settings.put(entry.getKey(), SettingText.encode(first), now);
        s.audit()
            .append(
                entry(
                    now,
                    SettingKeys.auditObject(kind),
                    entry.getKey().name(),
                    "imported from Config Admin on node "
                        + node
                        + ": "
                        + detail(entry.getKey(), first)));
        if (kind == Kind.GRANT) {
          grants++;
        } else {
          entries++;
        }
      }
    }
    settings.markInitialised(now, node);
    s.audit()
        .append(
            entry(
                now,
                OBJECT,
                node,
                "grants and the allow-list are kept in the database from now on; imported "
                    + grants
                    + " grant(s) and "
                    + entries
                    + " allow-list entry(ies) from Config Admin on node "
                    + node
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " not imported")));
    return problems;
  }

  private static String detail(Key key, Map<String, Object> properties) {
    if (key.kind() == Kind.GRANT) {
      return PartnerRequests.describe(properties);
    }
    return "allowed " + key.versionRange() + " sha256=" + properties.get("sha256");
  }

  private static AuditEntry entry(Instant at, String objectType, String objectId, String detail) {
    return entry(at, objectType, objectId, Outcome.ALLOWED, detail);
  }

  /** An entry of the platform's own, for a change of the settings no person made. */
  static AuditEntry entry(
      Instant at, String objectType, String objectId, Outcome outcome, String detail) {
    return new AuditEntry(
        0,
        at,
        BundleAudit.PLATFORM_USER,
        "",
        Organisation.CENTRE.id(),
        Optional.empty(),
        CHANNEL.describe(),
        Action.GRANT_CHANGE,
        objectType,
        Optional.of(objectId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        outcome,
        Purpose.OPERATIONS,
        Optional.empty(),
        Optional.empty(),
        Optional.of(detail.length() > 500 ? detail.substring(0, 500) : detail),
        Optional.empty());
  }
}
