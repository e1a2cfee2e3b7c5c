package nl.steunpunt.demo.internal;

import java.time.Instant;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.store.Store;

/** Writes generated families into the store, a batch per transaction. */
public final class GeneratedFamilies {

  private GeneratedFamilies() {}

  /**
   * Generates and stores families.
   *
   * @param store the store
   * @param count how many
   * @param seed the seed: the same seed gives the same families
   * @param now the moment the data is generated for
   */
  public static void write(Store store, int count, long seed, Instant now) {
    FamilyGenerator generator = new FamilyGenerator(seed, now);
    int batch = 500;
    for (int done = 0; done < count; done += batch) {
      int size = Math.min(batch, count - done);
      store.write(
          s -> {
            for (int i = 0; i < size; i++) {
              FamilyGenerator.Generated g =
                  generator.next(
                      year -> CopiedRules.reference(year, s.families().nextReferenceNumber(year)));
              s.families().insert(g.family());
              g.members().forEach(s.members()::insert);
              s.trajectories().insert(g.trajectory());
              for (Event event : g.events()) {
                Event appended = s.events().append(event);
                // What the death-abroad rule records when staff record the event themselves.
                if (event.detail() instanceof EventDetail.DeathAbroad) {
                  s.criticalMoments()
                      .insert(
                          new CriticalMoment(
                              appended.trajectoryId(),
                              appended.sequence(),
                              appended.memberId().orElseThrow(),
                              appended.occurredAt()));
                }
              }
              g.tasks().forEach(s.tasks()::insert);
            }
            return null;
          });
    }
  }
}
