package nl.steunpunt.core.internal.partner.grants;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The grants the database holds, as this node last reconciled with it. A grant configuration counts
 * only when the database holds one with the same properties: Configuration Admin can be written
 * where no find hook hides it (through the system bundle's context), and a grant written there must
 * not widen a partner's reach, not even until the sync removes it. Before the first reconciliation
 * no grant counts.
 */
final class HeldGrants {

  /** Before this node was reconciled with the database: nothing counts. */
  static final HeldGrants PENDING = new HeldGrants(List.of());

  private final List<Map<String, Object>> held;

  private HeldGrants(List<Map<String, Object>> held) {
    this.held = held;
  }

  /** The grants' properties as the database holds them, bookkeeping left out. */
  static HeldGrants of(Collection<Map<String, Object>> grants) {
    return new HeldGrants(grants.stream().map(Map::copyOf).toList());
  }

  /**
   * Why the database holds no grant like this one, naming properties but never their values; empty
   * when it holds one.
   */
  Optional<String> mismatch(PartnerGrantReader entry) {
    if (holds(entry)) {
      return Optional.empty();
    }
    Object partner = entry.settings().get("partnerId");
    for (Map<String, Object> grant : held) {
      if (Objects.equals(grant.get("partnerId"), partner)) {
        Set<String> differ = new TreeSet<>();
        Set<String> names = new HashSet<>(grant.keySet());
        names.addAll(entry.settings().keySet());
        for (String name : names) {
          if (!SettingText.same(single(grant, name), single(entry.settings(), name))) {
            differ.add(name);
          }
        }
        return Optional.of("it differs from the database's in " + String.join(", ", differ));
      }
    }
    return Optional.of("the database holds no grant for its partner");
  }

  private static Map<String, Object> single(Map<String, Object> properties, String name) {
    return properties.containsKey(name) ? Map.of(name, properties.get(name)) : Map.of();
  }

  /** Whether both hold the same grants (so that nothing needs deciding again). */
  boolean sameAs(HeldGrants other) {
    return this != PENDING
        && other != PENDING
        && held.size() == other.held.size()
        && held.stream().allMatch(a -> other.held.stream().anyMatch(b -> SettingText.same(a, b)));
  }

  /** Whether the database holds a grant with exactly these properties. */
  boolean holds(PartnerGrantReader entry) {
    return held.stream().anyMatch(grant -> SettingText.same(grant, entry.settings()));
  }
}
