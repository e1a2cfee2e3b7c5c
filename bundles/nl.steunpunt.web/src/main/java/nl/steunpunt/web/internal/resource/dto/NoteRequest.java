package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NoteCategory;

/** The body of {@code POST /trajectories/{id}/notes}. */
public record NoteRequest(NoteCategory category, String text) {

  public NewNote toNew() {
    return new NewNote(category, text);
  }

  /** Hides the text, so a note can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "NoteRequest[category=" + category + "]";
  }
}
