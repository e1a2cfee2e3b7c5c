package nl.steunpunt.api.trajectory;

/**
 * A note to write. The author is the actor.
 *
 * @param category the discipline
 * @param text the text, 1 to 20,000 characters
 * @since 0.1
 */
public record NewNote(NoteCategory category, String text) {

  /** Hides the text, so a note can never leak into a log through {@code toString}. */
  @Override
  public String toString() {
    return "NewNote[category=" + category + "]";
  }
}
