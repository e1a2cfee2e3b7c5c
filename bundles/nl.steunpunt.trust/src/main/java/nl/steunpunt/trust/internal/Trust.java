package nl.steunpunt.trust.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.steunpunt.trust.BundleTrust;
import nl.steunpunt.trust.DevEntry;
import nl.steunpunt.trust.InstalledDigest;
import nl.steunpunt.trust.Refusal;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decisions of the boundary and what follows from them: the digest of each bundle's installed
 * content (cached per bundle id and last modification), the refused bundles and the journal of
 * refusals, and the catch-up after the allow-list or a bundle changed ({@link Reconciliation}), on
 * a thread of its own.
 */
final class Trust implements BundleTrust {

  private static final Logger LOG = LoggerFactory.getLogger(Trust.class);
  private static final int JOURNAL = 1_000;

  /** A digest and the bundle's last modification it was computed for. */
  private record Cached(long lastModified, InstalledDigest digest) {}

  /** What the core last confirmed the operator's settings hold. */
  private record Confirmed(Set<String> digests, Set<DevEntry> dev) {}

  /** A refusal and the modification of the bundle it was decided for. */
  private record Recorded(long lastModified, Refusal refusal) {}

  private final BundleContext context;
  private final Optional<Path> storage;
  private final PlatformList platform;
  private final Harness harness;
  private final Supplier<List<AllowEntry>> allowList;
  private final Map<Long, Cached> digests = new ConcurrentHashMap<>();

  /** The last decision per bundle id: {last modification, 1 when it may run, else 0}. */
  private final Map<Long, long[]> lastDecisions = new ConcurrentHashMap<>();

  private final Map<Long, Recorded> refused = new HashMap<>();
  private final Deque<Refusal> journal = new ArrayDeque<>();
  private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
  private final AtomicBoolean queued = new AtomicBoolean();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "steunpunt-trust");
            thread.setDaemon(true);
            return thread;
          });
  private long sequence;
  // The operator's allow-list as the core last confirmed it; null until then.
  private volatile Confirmed confirmed;
  // Whether this node runs in demo mode, read once at start by this bundle itself: dev-loop entries
  // count, and a shipped demo bundle resolves, only then.
  private final boolean demo;

  Trust(
      BundleContext context,
      Optional<Path> storage,
      PlatformList platform,
      Harness harness,
      Supplier<List<AllowEntry>> allowList) {
    this(context, storage, platform, harness, allowList, false);
  }

  Trust(
      BundleContext context,
      Optional<Path> storage,
      PlatformList platform,
      Harness harness,
      Supplier<List<AllowEntry>> allowList,
      boolean demo) {
    this.demo = demo;
    this.context = context;
    this.storage = storage;
    this.platform = platform;
    this.harness = harness;
    this.allowList = allowList;
  }

  /** The allow-list as it is now, read when first needed (once per resolve). */
  Supplier<List<AllowEntry>> allowList() {
    return once(allowList);
  }

  /**
   * Decides whether the bundle may resolve now, and records a refusal; the allow-list is read only
   * for a bundle that is not the platform's own. Only entries the core confirmed count: a pinned
   * one by its digest, a dev-loop one by its name and range, and that one in demo mode only.
   */
  Decision decide(Bundle bundle, Supplier<List<AllowEntry>> entries) {
    String name = bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
    Confirmed held = confirmed;
    boolean current = held != null;
    Supplier<List<AllowEntry>> counted =
        current ? () -> entries.get().stream().filter(e -> counts(e, held)).toList() : List::of;
    Decision decision =
        TrustRules.decide(
            bundle.getBundleId(),
            name,
            bundle.getVersion(),
            () -> digest(bundle),
            platform,
            counted,
            harness,
            demo);
    if (!current
        && decision
            .refusal()
            .filter(r -> r != Refusal.Reason.CONTENT_UNREADABLE && r != Refusal.Reason.DEMO_ONLY)
            .isPresent()) {
      decision = Decision.refused(Refusal.Reason.ALLOW_LIST_PENDING);
    }
    lastDecisions.put(
        bundle.getBundleId(),
        new long[] {
          bundle.getLastModified(), decision.mayResolve() ? 1 : 0, decision.platform() ? 1 : 0
        });
    decision.refusal().ifPresent(reason -> record(bundle, name, reason));
    return decision;
  }

  /**
   * Whether the bundle's code may run, by its last decision when it has not changed since (the
   * decisions are made again whenever the allow-list changes), else decided now. Asked for every
   * class a bundle defines ({@link ClassGate}).
   */
  boolean mayRun(Bundle bundle) {
    long[] known = lastDecisions.get(bundle.getBundleId());
    if (known != null && known[0] == bundle.getLastModified()) {
      return known[1] == 1;
    }
    return decide(bundle, allowList()).mayResolve();
  }

  /** By the bundle's last decision when it has not changed since, else decided now. */
  @Override
  public boolean platform(Bundle bundle) {
    long[] known = lastDecisions.get(bundle.getBundleId());
    if (known != null && known[0] == bundle.getLastModified()) {
      return known[2] == 1;
    }
    return decide(bundle, allowList()).platform();
  }

  @Override
  public InstalledDigest digest(Bundle bundle) {
    if (storage.isEmpty()) {
      return InstalledDigest.unreadable("the framework keeps no files");
    }
    long modified = bundle.getLastModified();
    Cached known = digests.get(bundle.getBundleId());
    if (known != null && known.lastModified() == modified) {
      // An install or update sets the last modification: same time, same revision, same bytes.
      return known.digest();
    }
    Path archive = storage.get().resolve("bundle" + bundle.getBundleId());
    InstalledDigest digest = InstalledContent.digest(archive);
    digests.put(bundle.getBundleId(), new Cached(modified, digest));
    return digest;
  }

  @Override
  public synchronized List<Refusal> refused() {
    return refused.values().stream()
        .map(Recorded::refusal)
        .sorted(Comparator.comparingLong(Refusal::bundleId))
        .toList();
  }

  @Override
  public synchronized List<Refusal> refusalsAfter(long after) {
    return journal.stream().filter(r -> r.sequence() > after).toList();
  }

  @Override
  public List<String> harness() {
    return harness.globs();
  }

  @Override
  public void watch(Runnable onChange) {
    watchers.add(onChange);
  }

  @Override
  public void unwatch(Runnable onChange) {
    watchers.remove(onChange);
  }

  private boolean counts(AllowEntry entry, Confirmed held) {
    return entry.dev()
        ? demo && held.dev().contains(entry.devEntry())
        : held.digests().contains(entry.sha256());
  }

  @Override
  public void allowListCurrent(Set<String> sha256s) {
    allowListCurrent(sha256s, Set.of());
  }

  @Override
  public void allowListCurrent(Set<String> sha256s, Set<DevEntry> devEntries) {
    boolean first = confirmed == null;
    if (confirm(sha256s, devEntries)) {
      if (first) {
        LOG.info("The allow-list of this node is confirmed; bundles are decided with it");
      }
      schedule();
    }
  }

  /** Lets the entries with these digests count from now on; whether that changed anything. */
  synchronized boolean confirm(Set<String> sha256s) {
    return confirm(sha256s, Set.of());
  }

  /**
   * Lets the entries with these digests, and (in demo mode) these dev-loop entries, count from now
   * on; whether that changed anything.
   */
  synchronized boolean confirm(Set<String> sha256s, Set<DevEntry> devEntries) {
    Set<String> digests =
        sha256s.stream()
            .map(d -> d.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    Confirmed now = new Confirmed(digests, Set.copyOf(devEntries));
    boolean changed = !now.equals(confirmed);
    confirmed = now;
    if (changed && !demo && !devEntries.isEmpty()) {
      LOG.warn(
          "Dev-loop allow-list entries do not count on this platform, which is not in demo mode:"
              + " {}",
          devEntries.stream().map(DevEntry::symbolicName).sorted().toList());
    }
    return changed;
  }

  /**
   * A bundle was installed, updated or uninstalled: decide again; resolved: make sure it may (a
   * refused bundle with no mandatory requirement resolves despite the hook, see {@link TrustHook}).
   */
  void bundleChanged(BundleEvent event) {
    switch (event.getType()) {
      case BundleEvent.INSTALLED,
          BundleEvent.UPDATED,
          BundleEvent.UNINSTALLED,
          BundleEvent.RESOLVED ->
          schedule();
      default -> {
        // Starting and stopping change no decision.
      }
    }
  }

  /** Decides every bundle again soon, on this bundle's thread; calls that pile up run once. */
  void schedule() {
    if (queued.compareAndSet(false, true)) {
      try {
        worker.execute(
            () -> {
              queued.set(false);
              reconcile();
            });
      } catch (RejectedExecutionException stopping) {
        queued.set(false);
      }
    }
  }

  void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Decides every installed bundle with the allow-list as it is now: a bundle that may not run but
   * is resolved (it was resolved before this bundle started, or its entry was removed) is stopped
   * and refreshed on its own, so it is INSTALLED and cannot resolve again; a refused bundle that
   * may run now is resolved, and started when it is marked started (an earlier start failed).
   * Nothing that may run is refreshed or restarted.
   */
  private void reconcile() {
    try {
      Supplier<List<AllowEntry>> entries = once(allowList);
      List<Bundle> revoke = new ArrayList<>();
      List<Bundle> approve = new ArrayList<>();
      boolean changed;
      synchronized (this) {
        long before = sequence;
        Map<Long, Recorded> wasRefused = new HashMap<>(refused);
        refused.clear();
        for (Bundle bundle : context.getBundles()) {
          if (bundle.getState() == Bundle.UNINSTALLED) {
            continue;
          }
          Recorded earlier = wasRefused.get(bundle.getBundleId());
          if (earlier != null) {
            refused.put(bundle.getBundleId(), earlier);
          }
          Decision decision = decide(bundle, entries);
          if (decision.mayResolve()) {
            if (refused.remove(bundle.getBundleId()) != null
                && bundle.getState() == Bundle.INSTALLED) {
              approve.add(bundle);
            }
          } else if ((bundle.getState() & Reconciliation.RESOLVED_STATES) != 0) {
            revoke.add(bundle);
          }
        }
        digests.keySet().removeIf(id -> context.getBundle(id) == null);
        lastDecisions.keySet().removeIf(id -> context.getBundle(id) == null);
        changed = sequence != before || !wasRefused.keySet().equals(refused.keySet());
      }
      FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
      Reconciliation.revoke(wiring, revoke);
      Reconciliation.approve(wiring, approve);
      if (changed || !revoke.isEmpty() || !approve.isEmpty()) {
        notifyWatchers();
      }
    } catch (RuntimeException e) {
      LOG.error("The trust decisions could not be brought up to date", e);
    }
  }

  private synchronized void record(Bundle bundle, String name, Refusal.Reason reason) {
    Recorded known = refused.get(bundle.getBundleId());
    long modified = bundle.getLastModified();
    if (known != null
        && known.lastModified() == modified
        && known.refusal().reason() == reason
        && known.refusal().version().equals(bundle.getVersion().toString())) {
      return;
    }
    Refusal refusal =
        new Refusal(++sequence, bundle.getBundleId(), name, bundle.getVersion().toString(), reason);
    refused.put(bundle.getBundleId(), new Recorded(modified, refusal));
    if (reason == Refusal.Reason.ALLOW_LIST_PENDING) {
      // Deferred, not refused: decided again (and journalled then) once the list is confirmed.
      LOG.info(
          "Bundle {} {} waits until this node's allow-list is confirmed", name, refusal.version());
      return;
    }
    journal.addLast(refusal);
    while (journal.size() > JOURNAL) {
      journal.removeFirst();
    }
    LOG.warn(
        "Bundle {} {} (id {}) may not resolve: {}",
        name,
        refusal.version(),
        bundle.getBundleId(),
        reason.text());
    if (!Thread.currentThread().getName().equals("steunpunt-trust")) {
      try {
        worker.execute(this::notifyWatchers);
      } catch (RejectedExecutionException stopping) {
        // No one is told any more.
      }
    }
  }

  private void notifyWatchers() {
    for (Runnable watcher : watchers) {
      try {
        watcher.run();
      } catch (RuntimeException e) {
        LOG.error("A watcher of the trust decisions failed", e);
      }
    }
  }

  /** A supplier that asks {@code read} at most once, when first asked. */
  static <T> Supplier<T> once(Supplier<T> read) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T known = value;
        if (known == null) {
          synchronized (this) {
            known = value;
            if (known == null) {
              known = read.get();
              value = known;
            }
          }
        }
        return known;
      }
    };
  }

  /** For the activator's log line. */
  int platformSize() {
    return platform.size();
  }
}
