package nl.steunpunt.api.trajectory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Free text written by a counsellor or therapist. Confidential to its discipline; never part of a
 * security report; never logged.
 *
 * @param id the note's id
 * @param trajectoryId the trajectory
 * @param category the discipline
 * @param author the login name of the author
 * @param text the text
 * @param writtenAt when it was written
 * @since 0.1
 */
public record Note(
    UUID id,
    UUID trajectoryId,
    NoteCategory category,
    String author,
    String text,
    Instant writtenAt) {

  /** Creates a note; every part is required. */
  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trajectoryId, "trajectoryId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(writtenAt, "writtenAt");
  }

  /** Hides the text, so a note can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "Note[id=" + id + ", category=" + category + "]";
  }
}
