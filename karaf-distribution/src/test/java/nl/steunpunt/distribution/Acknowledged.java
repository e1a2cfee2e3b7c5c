package nl.steunpunt.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the platform acknowledged to the crash test's clients: families answered 201, events
 * answered 201 (by trajectory, with their sequence), and reads answered 200 with the data asked for
 * (by what was read and of which family). Shared by the client threads of every cycle.
 */
final class Acknowledged {

  /** What a read is audited as: the object type of its audit entry and the family. */
  record Read(String objectType, String family) {}

  private final List<String> families = new ArrayList<>();
  private final Map<String, String> trajectories = new ConcurrentHashMap<>();
  private final Map<String, Set<Long>> events = new ConcurrentHashMap<>();
  private final Map<Read, AtomicInteger> reads = new ConcurrentHashMap<>();

  void family(String id) {
    synchronized (families) {
      families.add(id);
    }
  }

  void trajectory(String family, String trajectory) {
    trajectories.put(family, trajectory);
  }

  void event(String trajectory, long sequence) {
    events.computeIfAbsent(trajectory, t -> ConcurrentHashMap.newKeySet()).add(sequence);
  }

  void read(String objectType, String family) {
    reads.computeIfAbsent(new Read(objectType, family), r -> new AtomicInteger()).incrementAndGet();
  }

  /** Any acknowledged family, if there is one. */
  Optional<String> anyFamily() {
    synchronized (families) {
      return families.isEmpty()
          ? Optional.empty()
          : Optional.of(families.get(ThreadLocalRandom.current().nextInt(families.size())));
    }
  }

  Optional<String> trajectoryOf(String family) {
    return Optional.ofNullable(trajectories.get(family));
  }

  List<String> families() {
    synchronized (families) {
      return List.copyOf(families);
    }
  }

  /** The acknowledged events' sequences by trajectory. */
  Map<String, Set<Long>> events() {
    return Map.copyOf(events);
  }

  /** How many reads of each kind were answered with data. */
  Map<Read, Integer> reads() {
    Map<Read, Integer> counts = new ConcurrentHashMap<>();
    reads.forEach((read, count) -> counts.put(read, count.get()));
    return counts;
  }

  int eventCount() {
    return events.values().stream().mapToInt(Set::size).sum();
  }

  int readCount() {
    return reads.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
