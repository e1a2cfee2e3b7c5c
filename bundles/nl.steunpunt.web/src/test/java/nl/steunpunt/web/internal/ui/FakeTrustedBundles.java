package nl.steunpunt.web.internal.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.steunpunt.api.platform.TrustedBundles;

/**
 * The platform's trust as the tests set it: bundle 0 and the bundles named platform are the
 * platform's own, the others partners with the grants the test gives; refusals are recorded.
 */
final class FakeTrustedBundles implements TrustedBundles {

  private final Set<Long> platform = new HashSet<>(Set.of(0L));
  private final Map<Long, String> granted = new HashMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  final List<String> refusals = new ArrayList<>();

  FakeTrustedBundles grant(long bundleId, String partnerId) {
    granted.put(bundleId, partnerId);
    listeners.forEach(Runnable::run);
    return this;
  }

  FakeTrustedBundles revoke(long bundleId) {
    granted.remove(bundleId);
    listeners.forEach(Runnable::run);
    return this;
  }

  @Override
  public boolean platform(long bundleId) {
    return platform.contains(bundleId);
  }

  @Override
  public Optional<String> grantedPartner(long bundleId) {
    return Optional.ofNullable(granted.get(bundleId));
  }

  @Override
  public void refused(long bundleId, String what) {
    refusals.add(bundleId + ": " + what);
  }

  @Override
  public void watch(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public void unwatch(Runnable listener) {
    listeners.remove(listener);
  }
}
