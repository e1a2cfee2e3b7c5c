package nl.steunpunt.web.internal.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.ui.UiExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
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

  // Every valid registration in order of arrival (the key is the service object); the first of
  // an id is the one shown.
  private final Map<Object, UiExtensionEntry> registered = new LinkedHashMap<>();
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
  private volatile Snapshot snapshot = new Snapshot(0, List.of());

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void addExtension(UiExtension extension, ServiceReference<UiExtension> reference) {
    Bundle bundle = reference.getBundle();
    add(
        extension,
        bundle == null ? "unknown" : bundle.getSymbolicName(),
        bundle == null ? "0.0.0" : bundle.getVersion().toString());
  }

  void removeExtension(UiExtension extension) {
    remove(extension);
  }

  /** Adds an extension of the named bundle, when it keeps the rules and its id is free. */
  void add(UiExtension extension, String bundle, String bundleVersion) {
    UiExtensionEntry entry;
    try {
      entry = UiExtensionRules.check(extension, bundle, bundleVersion);
    } catch (UiExtensionRules.Broken e) {
      LOG.warn("UI extension of bundle {} {} ignored: {}", bundle, bundleVersion, e.getMessage());
      return;
    }
    Snapshot changed;
    synchronized (registered) {
      boolean taken = registered.values().stream().anyMatch(e -> e.id().equals(entry.id()));
      registered.put(extension, entry);
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
      UiExtensionEntry gone = registered.remove(extension);
      if (gone == null || snapshot.entries().stream().noneMatch(e -> e == gone)) {
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

  private Snapshot publish() {
    Map<String, UiExtensionEntry> shown = new LinkedHashMap<>();
    registered.values().forEach(e -> shown.putIfAbsent(e.id(), e));
    List<UiExtensionEntry> entries = new ArrayList<>(shown.values());
    entries.sort(SHELL_ORDER);
    snapshot = new Snapshot(snapshot.version() + 1, entries);
    return snapshot;
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
