package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;

/** A note as the REST API shows it. */
public record NoteJson(
    UUID id,
    UUID trajectoryId,
    NoteCategory category,
    String author,
    String text,
    String writtenAt) {

  public static NoteJson of(Note note) {
    return new NoteJson(
        note.id(),
        note.trajectoryId(),
        note.category(),
        note.author(),
        note.text(),
        Dates.format(note.writtenAt()));
  }

  /** Hides the text, so a note can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "NoteJson[id=" + id + ", category=" + category + "]";
  }
}
