package nl.steunpunt.console.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;

/**
 * Runs a command's work as the console user and turns every refusal of the API into one line for
 * the operator, never a stack trace.
 */
final class Answers {

  static final String NO_ACTOR =
      "Not done: the console user has no single Steunpunt organisation (role org:<id>).";

  private Answers() {}

  static String as(Optional<Actor> actor, Function<Actor, String> work) {
    if (actor.isEmpty()) {
      return NO_ACTOR;
    }
    try {
      return work.apply(actor.get());
    } catch (AccessDeniedException e) {
      return "Not allowed: " + oneLine(e.getMessage());
    } catch (ValidationException e) {
      return "Not done: "
          + e.errors().stream()
              .map(error -> error.field() + " " + error.message())
              .collect(Collectors.joining("; "))
          + ".";
    } catch (NotFoundException e) {
      return "Not found: " + oneLine(e.getMessage()) + ".";
    } catch (ConflictException | UnavailableException e) {
      return "Not done: " + oneLine(e.getMessage());
    }
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
