package nl.steunpunt.partner.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;

/** One routed request: the user, the path's parameters and the request's parts. */
public final class Call {

  private static final Pattern QUOTED_VERSION = Pattern.compile("\"(\\d{1,18})\"");

  private final Actor actor;
  private final Map<String, String> parameters;
  private final Request request;

  public Call(Actor actor, Map<String, String> parameters, Request request) {
    this.actor = actor;
    this.parameters = Map.copyOf(parameters);
    this.request = request;
  }

  /** The user the partner acts for. */
  public Actor actor() {
    return actor;
  }

  /**
   * An id from the path.
   *
   * @throws ProblemException 404 when it is not a UUID: no such resource
   */
  public UUID id(String name) {
    try {
      String value = parameters.get(name);
      if (value == null || value.length() != 36) {
        throw new IllegalArgumentException();
      }
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(Router.NO_RESOURCE);
    }
  }

  /** The JSON object in the body (see {@link JsonBodies#read}). */
  public ObjectNode body() throws IOException {
    return JsonBodies.read(request.header("Content-Type"), request.contentLength(), request.body());
  }

  /**
   * The version an update or delete names in {@code If-Match}, as this bundle's ETags give it.
   *
   * @throws ProblemException 428 when the header is missing, 400 when it is not one quoted version
   */
  public long ifMatch() {
    String value = request.header("If-Match");
    if (value == null || value.isBlank()) {
      throw new ProblemException(
          428,
          "Precondition Required",
          "A change needs an If-Match header with the ETag of the version it read.");
    }
    Matcher matcher = QUOTED_VERSION.matcher(value.strip());
    if (!matcher.matches()) {
      throw new ProblemException(
          400, "Bad Request", "If-Match must be one strong ETag as given, such as \"3\".");
    }
    return Long.parseLong(matcher.group(1));
  }

  /** A query parameter, when the request has it. */
  public Optional<String> query(String name) {
    return Optional.ofNullable(request.query(name));
  }

  /**
   * The page asked for with {@code offset} and {@code limit} (default 0 and 50).
   *
   * @throws ValidationException when they are not numbers in range
   */
  public PageRequest page() {
    return new PageRequest(number("offset", 0), number("limit", PageRequest.FIRST.limit()));
  }

  private int number(String name, int fallback) {
    String value = request.query(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a whole number");
    }
  }
}
