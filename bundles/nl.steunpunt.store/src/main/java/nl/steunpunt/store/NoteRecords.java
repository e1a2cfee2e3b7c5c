package nl.steunpunt.store;

import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import org.osgi.annotation.versioning.ProviderType;

/** Notes. */
@ProviderType
public interface NoteRecords {

  /**
   * Stores a new note.
   *
   * @param note the note
   */
  void insert(Note note);

  /**
   * Reads a trajectory's notes of some categories, newest first.
   *
   * @param trajectoryId the trajectory
   * @param categories the categories to read
   * @param page the page
   * @return the page
   */
  Page<Note> ofTrajectory(UUID trajectoryId, Set<NoteCategory> categories, PageRequest page);
}
