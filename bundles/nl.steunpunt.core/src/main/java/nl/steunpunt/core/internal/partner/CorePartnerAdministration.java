package nl.steunpunt.core.internal.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.platform.PartnerStatus;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.audit.OperatorAudit;
import nl.steunpunt.core.internal.partner.delivery.DeliveryStatus;
import nl.steunpunt.core.internal.partner.delivery.ListenerWhiteboard;
import nl.steunpunt.core.internal.partner.grants.PartnerGrantReader;
import nl.steunpunt.core.internal.partner.grants.PartnerTrust;
import nl.steunpunt.core.internal.partner.grants.SettingText;
import nl.steunpunt.core.internal.partner.settings.PartnerConfigs;
import nl.steunpunt.core.internal.partner.settings.PartnerRequests;
import nl.steunpunt.core.internal.partner.settings.PartnerSettingsSync;
import nl.steunpunt.core.internal.partner.settings.SettingKeys;
import nl.steunpunt.core.internal.platform.DemoMode;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.AuditWriteFailed;
import nl.steunpunt.store.PartnerCursor;
import nl.steunpunt.store.PartnerSettingRecords.Kind;
import nl.steunpunt.store.Store;
import nl.steunpunt.store.Work;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's administration of partners. Grants and allow-list entries are written to the
 * database, the source of truth for every node, in one transaction with their audit entry (no
 * audit, no change), and then applied to this node's Configuration Admin at once ({@link
 * PartnerSettingsSync}; the other nodes follow within seconds). A replay moves the cursor and is
 * audited in one transaction.
 */
@Component(service = PartnerAdministration.class)
public final class CorePartnerAdministration implements PartnerAdministration {

  static final String NOT_APPLIED =
      "The change was saved and audited, but this node's Configuration Admin could not be written"
          + " now; every node applies it as soon as it can.";
  static final String DEMO_ONLY =
      "is accepted in demo mode only, and this platform is not in demo mode: pin the jar with its"
          + " SHA-256 or a bundle id";
  private static final Logger LOG = LoggerFactory.getLogger(CorePartnerAdministration.class);

  private final Store store;
  private final PartnerConfigs configs;
  private final PartnerRuntime runtime;
  private final OperatorAudit audit;
  private final PartnerSettingsSync settings;
  private final boolean demo;

  @Activate
  public CorePartnerAdministration(
      BundleContext context,
      @Reference Store store,
      @Reference ConfigurationAdmin configurations,
      @Reference PartnerTrust trust,
      @Reference ListenerWhiteboard delivery,
      @Reference PartnerSettingsSync settings,
      @Reference Cases cases) {
    this(
        store,
        configurations,
        new FrameworkPartnerRuntime(context, trust, delivery),
        Clock.systemUTC(),
        cases,
        settings,
        DemoMode.fromEnvironment().enabled());
  }

  CorePartnerAdministration(
      Store store,
      ConfigurationAdmin configurations,
      PartnerRuntime runtime,
      Clock clock,
      Cases cases) {
    this(
        store,
        configurations,
        runtime,
        clock,
        cases,
        new PartnerSettingsSync(store, configurations, "test-node", clock));
  }

  CorePartnerAdministration(
      Store store,
      ConfigurationAdmin configurations,
      PartnerRuntime runtime,
      Clock clock,
      Cases cases,
      PartnerSettingsSync settings) {
    this(store, configurations, runtime, clock, cases, settings, false);
  }

  CorePartnerAdministration(
      Store store,
      ConfigurationAdmin configurations,
      PartnerRuntime runtime,
      Clock clock,
      Cases cases,
      PartnerSettingsSync settings,
      boolean demo) {
    this.demo = demo;
    this.settings = settings;
    this.store = store;
    this.configs = new PartnerConfigs(configurations);
    this.runtime = runtime;
    this.audit = new OperatorAudit(store, clock, cases);
  }

  @Override
  public List<PartnerStatus> partners(Actor actor) {
    audit.requireOperator(actor, Action.READ, "partner");
    Map<String, String> grantConfigs = new LinkedHashMap<>();
    for (Configuration c : configs.all(PartnerGrantReader.PID)) {
      grantConfigs.put(c.getPid(), PartnerConfigs.text(c, PartnerRequests.PARTNER_ID).orElse(""));
    }
    List<DeliveryStatus> deliveries = runtime.deliveries();
    long last = store.read(s -> s.events().lastSequence());
    return PartnerStatuses.of(
        grantConfigs, runtime.grants(), runtime.bundles(), deliveries, runtime::delivering, last);
  }

  @Override
  public String grant(Actor actor, GrantRequest request) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_GRANT);
    Map<String, Object> properties = PartnerRequests.grant(request);
    String partnerId = (String) properties.get(PartnerRequests.PARTNER_ID);
    change(
        s -> {
          s.partnerSettings()
              .put(SettingKeys.grant(partnerId), SettingText.encode(properties), now());
          s.audit()
              .append(
                  changed(
                      actor,
                      OperatorAudit.PARTNER_GRANT,
                      partnerId,
                      PartnerRequests.describe(properties)));
          return null;
        });
    return configs.having(PartnerGrantReader.PID, PartnerRequests.PARTNER_ID, partnerId).stream()
        .findFirst()
        .map(Configuration::getPid)
        .orElse("");
  }

  @Override
  public int revoke(Actor actor, String partnerId) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_GRANT);
    String id = PartnerRequests.partnerId(partnerId);
    return change(
        s -> {
          int deleted = s.partnerSettings().deleteNamed(Kind.GRANT, id);
          if (deleted == 0) {
            throw new NotFoundException("grant for partner", id);
          }
          s.audit()
              .append(
                  changed(
                      actor,
                      OperatorAudit.PARTNER_GRANT,
                      id,
                      "revoked (" + deleted + " configuration(s))"));
          return deleted;
        });
  }

  @Override
  public AllowRequest allow(Actor actor, AllowRequest request) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_ALLOW);
    return write(actor, PartnerRequests.allow(request));
  }

  @Override
  public AllowRequest allowBundle(Actor actor, long bundleId) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_ALLOW);
    PartnerRuntime.InstalledJar jar =
        runtime.installed(bundleId).orElseThrow(() -> new NotFoundException("bundle", bundleId));
    String sha =
        jar.digest()
            .sha256()
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "bundleId",
                        "its jar " + jar.digest().problem() + "; give the SHA-256 yourself"));
    String version = jar.version();
    return write(
        actor,
        PartnerRequests.allow(
            new AllowRequest(jar.symbolicName(), "[" + version + "," + version + "]", sha)));
  }

  private AllowRequest write(Actor actor, AllowRequest entry) {
    return write(
        actor,
        entry,
        PartnerRequests.properties(entry),
        "allowed " + entry.versionRange() + " sha256=" + entry.sha256());
  }

  /** An allow-list entry in the database with its audit entry, both or neither. */
  private AllowRequest write(
      Actor actor, AllowRequest entry, Map<String, Object> properties, String detail) {
    change(
        s -> {
          s.partnerSettings()
              .put(
                  SettingKeys.allow(entry.symbolicName(), entry.versionRange()),
                  SettingText.encode(properties),
                  now());
          s.audit()
              .append(changed(actor, OperatorAudit.PARTNER_ALLOW, entry.symbolicName(), detail));
          return null;
        });
    return entry;
  }

  /**
   * Demo mode only: refused otherwise before anything is stored, and the refusal audited (an
   * attempt to loosen the trust boundary of a production platform is worth a line).
   */
  @Override
  public AllowRequest allowForDevelopment(Actor actor, String symbolicName, String versionRange) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_ALLOW);
    AllowRequest entry = PartnerRequests.allowForDevelopment(symbolicName, versionRange);
    if (!demo) {
      audit.denied(
          actor,
          Action.GRANT_CHANGE,
          OperatorAudit.PARTNER_ALLOW,
          entry.symbolicName(),
          "dev-loop entry " + entry.versionRange() + " refused: not in demo mode");
      throw ValidationException.of("dev", DEMO_ONLY);
    }
    return write(
        actor,
        entry,
        PartnerRequests.devProperties(entry),
        "allowed for the dev loop " + entry.versionRange() + " (any jar; demo mode)");
  }

  @Override
  public int disallow(Actor actor, String symbolicName) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_ALLOW);
    String name = PartnerRequests.symbolicName(symbolicName);
    return change(
        s -> {
          int deleted = s.partnerSettings().deleteNamed(Kind.ALLOW, name);
          if (deleted == 0) {
            throw new NotFoundException("allow-list entry for", name);
          }
          s.audit()
              .append(
                  changed(
                      actor,
                      OperatorAudit.PARTNER_ALLOW,
                      name,
                      "disallowed (" + deleted + " entry(ies))"));
          return deleted;
        });
  }

  /**
   * Makes a change in the database together with its audit entry (both or neither), then applies it
   * to this node's Configuration Admin at once; the other nodes are told at once and follow (within
   * their interval, should the signal be lost).
   */
  private <T> T change(Work<T> work) {
    T result;
    try {
      settings.initialise();
      result = store.write(work);
    } catch (AuditWriteFailed e) {
      throw new UnavailableException(OperatorAudit.NO_AUDIT, e);
    }
    settings.announce();
    try {
      settings.reconcile();
    } catch (RuntimeException e) {
      LOG.warn("A partner setting was saved but not yet applied on this node", e);
      throw new UnavailableException(NOT_APPLIED, e);
    }
    return result;
  }

  private AuditEntry changed(Actor actor, String objectType, String objectId, String detail) {
    return audit.entry(
        actor, Action.GRANT_CHANGE, objectType, Optional.of(objectId), Outcome.ALLOWED, detail);
  }

  private Instant now() {
    return Timestamps.now(audit.clock());
  }

  @Override
  public OptionalLong replay(Actor actor, String partnerId, long afterSequence) {
    audit.requireOperator(actor, Action.GRANT_CHANGE, OperatorAudit.PARTNER_CURSOR);
    String id = PartnerRequests.partnerId(partnerId);
    if (afterSequence < 0) {
      throw ValidationException.of("afterSequence", "must be 0 or more");
    }
    boolean known = known(id);
    try {
      return store.write(
          s -> {
            long last = s.events().lastSequence();
            if (afterSequence > last) {
              throw ValidationException.of(
                  "afterSequence", "is beyond the event log's last sequence, " + last);
            }
            Optional<PartnerCursor> cursor = s.partnerCursors().find(id);
            if (cursor.isEmpty() && !known) {
              throw new NotFoundException("partner", id);
            }
            Instant now = Timestamps.now(audit.clock());
            if (cursor.isPresent()) {
              s.partnerCursors().moveTo(id, afterSequence, now);
            } else {
              s.partnerCursors().findOrCreate(id, afterSequence, now);
            }
            String from = cursor.map(c -> "from " + c.lastSequence() + " ").orElse("new, ");
            s.audit()
                .append(
                    audit.entry(
                        actor,
                        Action.GRANT_CHANGE,
                        OperatorAudit.PARTNER_CURSOR,
                        Optional.of(id),
                        Outcome.ALLOWED,
                        "cursor moved " + from + "to " + afterSequence));
            return cursor
                .map(c -> OptionalLong.of(c.lastSequence()))
                .orElseGet(OptionalLong::empty);
          });
    } catch (AuditWriteFailed e) {
      throw new UnavailableException(OperatorAudit.NO_AUDIT, e);
    }
  }

  /** Whether a grant or an installed bundle names the partner (a cursor is checked apart). */
  private boolean known(String id) {
    return !configs.having(PartnerGrantReader.PID, PartnerRequests.PARTNER_ID, id).isEmpty()
        || runtime.grants().stream()
            .anyMatch(g -> g.value().filter(v -> v.partnerId().equals(id)).isPresent())
        || runtime.bundles().stream()
            .anyMatch(
                b -> b.verdict().declaration().filter(d -> d.partnerId().equals(id)).isPresent());
  }
}
