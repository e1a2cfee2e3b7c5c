package nl.steunpunt.core.internal.trajectory;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.core.internal.access.AuthorizationPoint;
import nl.steunpunt.core.internal.access.AuthorizationPoint.Action;
import nl.steunpunt.core.internal.access.AuthorizationPoint.Category;
import nl.steunpunt.core.internal.validation.Check;
import nl.steunpunt.core.internal.validation.Timestamps;
import nl.steunpunt.store.jdbc.Store;

/**
 * The notes of trajectories, for {@link CoreTrajectoryService}: confidential to their discipline.
 */
final class TrajectoryNotes {

  private final Store store;
  private final AuthorizationPoint authorization;
  private final Clock clock;

  TrajectoryNotes(Store store, AuthorizationPoint authorization, Clock clock) {
    this.store = store;
    this.authorization = authorization;
    this.clock = clock;
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
    authorization.require(actor, Action.CREATE, category(note.category()));
    return store.write(
        s -> {
          CoreTrajectoryService.trajectory(s, id);
          Note written =
              new Note(
                  UUID.randomUUID(),
                  id,
                  note.category(),
                  actor.user(),
                  note.text(),
                  Timestamps.now(clock));
          s.notes().insert(written);
          return written;
        });
  }

  Page<Note> read(Actor actor, UUID id, PageRequest page) {
    authorization.require(actor, Action.READ, Category.COUNSELLING_NOTES);
    Set<NoteCategory> readable = new HashSet<>();
    for (NoteCategory category : NoteCategory.values()) {
      if (authorization.admits(actor, Action.READ, category(category))) {
        readable.add(category);
      }
    }
    return store.read(
        s -> {
          CoreTrajectoryService.trajectory(s, id);
          return s.notes().ofTrajectory(id, readable, page);
        });
  }

  private static Category category(NoteCategory category) {
    return category == NoteCategory.THERAPY ? Category.THERAPY_NOTES : Category.COUNSELLING_NOTES;
  }
}
