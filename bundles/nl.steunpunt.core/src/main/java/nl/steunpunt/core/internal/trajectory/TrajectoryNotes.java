package nl.steunpunt.core.internal.trajectory;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.core.internal.validation.Timestamps;

/**
 * The notes of trajectories, for {@link CoreTrajectoryService}: confidential to their discipline.
 */
final class TrajectoryNotes {

  private final Cases cases;
  private final Clock clock;

  TrajectoryNotes(Cases cases) {
    this.cases = cases;
    this.clock = cases.clock();
  }

  static final int MAX_NOTE = 20_000;

  Note write(Actor actor, UUID id, NewNote note) {
    Check check = new Check();
    if (!check.present(note, "body")) {
      check.done();
    }
    check.present(note.category(), "category");
    if (check.present(note.text(), "text")) {
      check.that(!note.text().isBlank(), "text", "must not be blank");
      check.that(note.text().length() <= MAX_NOTE, "text", "at most " + MAX_NOTE + " characters");
    }
    check.done();
    return cases.run(
        actor,
        g -> {
          UUID noteId = UUID.randomUUID();
          Permit permit =
              g.trajectory(Action.CREATE, category(note.category()), id, "note", noteId);
          Note written =
              new Note(
                  noteId, id, note.category(), actor.user(), note.text(), Timestamps.now(clock));
          permit.store().notes().insert(written);
          return written;
        });
  }

  Page<Note> read(Actor actor, UUID id, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          Permitted<Set<DataCategory>> allowed =
              g.categories(
                  Action.READ,
                  new LinkedHashSet<>(
                      List.of(DataCategory.COUNSELLING_NOTES, DataCategory.THERAPY_NOTES)),
                  id,
                  "note");
          Set<NoteCategory> readable = new HashSet<>();
          for (NoteCategory category : NoteCategory.values()) {
            if (allowed.record().contains(category(category))) {
              readable.add(category);
            }
          }
          return allowed.permit().notes(readable, page);
        });
  }

  private static DataCategory category(NoteCategory category) {
    return category == NoteCategory.THERAPY
        ? DataCategory.THERAPY_NOTES
        : DataCategory.COUNSELLING_NOTES;
  }
}
