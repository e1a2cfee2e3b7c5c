package nl.steunpunt.web.internal.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.platform.TrustedBundles;
import nl.steunpunt.api.ui.UiExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI extensions on the platform, core and partner: every {@link UiExtension} service, checked
 * once when it appears. A broken one, or one whose id is taken, is left out with one warning naming
 * the bundle and the reason; when the holder of an id leaves, a waiting extension with the same id
 * takes its place. Every change of the list raises the version and is told to the listeners.
 *
 * <p>Only the platform's own bundles and allow-listed partners with a grant are shown ({@link
 * TrustedBundles}), and a partner's module must lie under its own path {@code /plugins/<partner
 * id>/} and its element name start with {@code <partner id>-}: a page cannot pass for another
 * partner's or the platform's. Trust is asked again whenever it changes, so a partner that loses it
 * disappears from open pages at once; a refusal is an alert and is audited.
 */
@Component(service = UiExtensions.class)
public final class UiExtensions {

  private static final Logger LOG = LoggerFactory.getLogger(UiExtensions.class);

  /** The sort order of the shell: slot, then order, then id. */
  static final Comparator<UiExtensionEntry> SHELL_ORDER =
      Comparator.comparing(UiExtensionEntry::slot)
          .thenComparingInt(UiExtensionEntry::order)
          .thenComparing(UiExtensionEntry::id);

  /** The extensions at one version. */
  public record Snapshot(long version, List<UiExtensionEntry> entries) {
    public Snapshot {
      entries = List.copyOf(entries);
    }

    /** The extensions the actor may see, in the shell's order. */
    public List<UiExtensionEntry> visibleTo(Actor actor) {
      return entries.stream().filter(e -> e.visibleTo(actor)).toList();
    }
  }

  /** A valid extension and the bundle that registered it. */
  private record Registration(UiExtensionEntry entry, long bundleId) {}

  // Every valid registration in order of arrival (the key is the service object); the first of
  // an id whose bundle may show it is the one shown.
  private final Map<Object, Registration> registered = new LinkedHashMap<>();
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
  private final TrustedBundles trust;
  private final Runnable onTrustChange = this::trustChanged;
  private volatile Snapshot snapshot = new Snapshot(0, List.of());

  @Activate
  public UiExtensions(@Reference TrustedBundles trust) {
    this.trust = trust;
    trust.watch(onTrustChange);
  }

  @Deactivate
  void deactivate() {
    trust.unwatch(onTrustChange);
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void addExtension(UiExtension extension, ServiceReference<UiExtension> reference) {
    Bundle bundle = reference.getBundle();
    if (bundle == null) {
      return;
    }
    add(
        extension,
        bundle.getBundleId(),
        String.valueOf(bundle.getSymbolicName()),
        bundle.getVersion().toString(),
        bundle.getLastModified());
  }

  void removeExtension(UiExtension extension) {
    remove(extension);
  }

  /** Adds an extension of the named bundle, when it keeps the rules and its id is free. */
  void add(UiExtension extension, long bundleId, String bundle, String bundleVersion) {
    add(extension, bundleId, bundle, bundleVersion, 0);
  }

  /** As above, of this revision (last modification) of the bundle. */
  void add(
      UiExtension extension, long bundleId, String bundle, String bundleVersion, long revision) {
    UiExtensionEntry entry;
    try {
      entry = UiExtensionRules.check(extension, bundle, bundleVersion).ofRevision(revision);
    } catch (UiExtensionRules.Broken e) {
      LOG.warn("UI extension of bundle {} {} ignored: {}", bundle, bundleVersion, e.getMessage());
      return;
    }
    Snapshot changed;
    synchronized (registered) {
      boolean taken = registered.values().stream().anyMatch(r -> r.entry().id().equals(entry.id()));
      registered.put(extension, new Registration(entry, bundleId));
      if (taken) {
        LOG.warn(
            "UI extension of bundle {} {} ignored: the id {} is taken by another extension",
            bundle,
            bundleVersion,
            entry.id());
        return;
      }
      changed = publish();
    }
    tell(changed);
  }

  /** Removes an extension; a waiting one with the same id takes its place. */
  void remove(UiExtension extension) {
    Snapshot changed;
    synchronized (registered) {
      Registration gone = registered.remove(extension);
      if (gone == null || snapshot.entries().stream().noneMatch(e -> e == gone.entry())) {
        return;
      }
      changed = publish();
    }
    tell(changed);
  }

  /** The extensions now, with their version. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /** Tells the listener the new version after every change, until it is removed. */
  public void addListener(LongConsumer listener) {
    listeners.add(listener);
  }

  public void removeListener(LongConsumer listener) {
    listeners.remove(listener);
  }

  /** Shows again what trust allows now, and tells the listeners when that changed. */
  private void trustChanged() {
    Snapshot changed;
    synchronized (registered) {
      if (shown().equals(snapshot.entries())) {
        return;
      }
      changed = publish();
    }
    tell(changed);
  }

  private Snapshot publish() {
    snapshot = new Snapshot(snapshot.version() + 1, shown());
    return snapshot;
  }

  /** The extensions trust allows now, the first of each id, in the shell's order. */
  private List<UiExtensionEntry> shown() {
    Map<String, UiExtensionEntry> shown = new LinkedHashMap<>();
    for (Registration registration : registered.values()) {
      if (mayShow(registration)) {
        shown.putIfAbsent(registration.entry().id(), registration.entry());
      }
    }
    List<UiExtensionEntry> entries = new ArrayList<>(shown.values());
    entries.sort(SHELL_ORDER);
    return entries;
  }

  /** The platform's own bundles, or a granted partner within its own prefix. */
  private boolean mayShow(Registration registration) {
    long bundleId = registration.bundleId();
    if (trust.platform(bundleId)) {
      return true;
    }
    UiExtensionEntry entry = registration.entry();
    Optional<String> partner = trust.grantedPartner(bundleId);
    if (partner.isEmpty()) {
      trust.refused(
          bundleId,
          "UI extension " + entry.id() + " not shown: not an allow-listed, granted partner");
      return false;
    }
    Optional<String> outside = UiExtensionRules.outsidePrefix(entry, partner.get());
    outside.ifPresent(
        reason -> trust.refused(bundleId, "UI extension " + entry.id() + " not shown: " + reason));
    return outside.isEmpty();
  }

  private void tell(Snapshot changed) {
    for (LongConsumer listener : listeners) {
      try {
        listener.accept(changed.version());
      } catch (RuntimeException e) {
        LOG.warn("A listener of the UI extensions failed: {}", e.getClass().getName());
      }
    }
  }
}
