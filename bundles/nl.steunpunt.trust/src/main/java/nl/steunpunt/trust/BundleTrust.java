package nl.steunpunt.trust;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The trust boundary's decisions, as a service of this bundle: registered before any bundle that is
 * not the platform's own can resolve.
 */
@ProviderType
public interface BundleTrust {

  /**
   * The SHA-256 of the content the framework stored for the bundle's current revision: the bytes
   * that run, equal to {@code sha256sum} of the jar that was installed or updated. Empty, with the
   * reason, for a bundle installed by reference or whose content cannot be read.
   */
  InstalledDigest digest(Bundle bundle);

  /**
   * Whether the bundle is one of the platform's own: the system bundle, a jar of the platform list
   * with its shipped bytes, or a bundle of the test harness (when set). An allow-listed bundle is
   * not: it may run, but it is a partner's or a partner's library.
   */
  boolean platform(Bundle bundle);

  /** The installed bundles refused now, one per bundle, by bundle id. */
  List<Refusal> refused();

  /**
   * The refusals decided after the given sequence, oldest first: every time a bundle (or a new
   * revision of it) was refused. Kept for the last 1,000 refusals, so a reader that was not running
   * when they were decided (the core, at boot) still sees them.
   */
  List<Refusal> refusalsAfter(long sequence);

  /**
   * The symbolic-name globs of the test harness setting ({@code steunpunt.trust.harness}), treated
   * as platform; empty in a shipped distribution. Whenever not empty, the platform must say so.
   */
  List<String> harness();

  /** Calls {@code onChange} (on a thread of this bundle) after the decisions changed. */
  void watch(Runnable onChange);

  /** Stops calling {@code onChange}. */
  void unwatch(Runnable onChange);

  /**
   * Tells the boundary which allow-list entries the operator's settings hold (the platform keeps
   * them in the database) once this node's Configuration Admin entries were made equal to them. An
   * entry in Configuration Admin counts only when its SHA-256 is among these: one written there by
   * anyone else (a bundle that found Configuration Admin through the system bundle, a file dropped
   * into {@code etc/}) never does, not even before the platform removes it. Until the first call
   * after the framework started, no entry counts (only the platform's own bundles resolve), so an
   * entry revoked while this node was down is never honoured at its restart. Every bundle is
   * decided again when the set changed.
   *
   * <p>The same as {@link #allowListCurrent(Set, Set)} with no dev-loop entry.
   *
   * @param sha256s the lower-case SHA-256 of every allow-list entry in the operator's settings
   * @since 0.2
   */
  void allowListCurrent(Set<String> sha256s);

  /**
   * As {@link #allowListCurrent(Set)}, with the dev-loop entries the operator's settings hold: an
   * entry in Configuration Admin without a digest ({@code dev = true}) counts only when it is among
   * {@code devEntries} and the platform runs in demo mode (which this bundle reads itself, as the
   * core does: {@code STEUNPUNT_DEMO=true} or {@code steunpunt.demo=true}). Outside demo mode no
   * dev entry ever counts, whatever is passed here.
   *
   * @param sha256s the lower-case SHA-256 of every pinned allow-list entry in the settings
   * @param devEntries every dev-loop entry in the settings, ranges in canonical form
   * @since 0.3
   */
  void allowListCurrent(Set<String> sha256s, Set<DevEntry> devEntries);
}
