package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.partner.http.ProblemException;
import nl.steunpunt.web.internal.json.JsonCodec;

/** One routed request and its response: what a resource handler reads and writes. */
public final class Exchange {

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final JsonCodec json;
  private final List<UUID> ids;

  Exchange(
      HttpServletRequest request, HttpServletResponse response, JsonCodec json, List<UUID> ids) {
    this.request = request;
    this.response = response;
    this.json = json;
    this.ids = ids;
  }

  /** The authenticated actor. */
  public Actor actor() {
    return RequestActor.of(request);
  }

  /** The id in the path. */
  public UUID id() {
    return ids.get(0);
  }

  /** A query parameter; an empty value counts as absent. */
  public Optional<String> query(String name) {
    return Optional.ofNullable(request.getParameter(name)).filter(v -> !v.isEmpty());
  }

  /** The page asked for with {@code offset} and {@code limit}. */
  public PageRequest page() {
    return Paging.of(request.getParameter("offset"), request.getParameter("limit"));
  }

  /** The version named by If-Match (428 when missing, 400 when malformed). */
  public long ifMatch() {
    return ETags.ifMatch(request.getHeader("If-Match"));
  }

  /**
   * Reads the JSON body. Only {@code application/json} is accepted, which also keeps a plain HTML
   * form of another site from posting here.
   */
  public <T> T body(Class<T> type) throws IOException {
    String contentType = request.getContentType();
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw new ProblemException(
          415, "Unsupported Media Type", "The request body must be application/json.");
    }
    // Refused on its declared length before the stream is opened: opening it makes the container
    // answer "100 Continue", and the client would send the whole body only to be cut off.
    long declared = request.getContentLengthLong();
    int limit = json.maxBodyBytes(); // read once: the operator may change it meanwhile
    if (declared > limit) {
      throw JsonCodec.tooLarge(limit);
    }
    return json.read(request.getInputStream(), declared, type);
  }

  /**
   * Lets the browser keep the answer for {@code maxAge} without asking again (the context sends
   * {@code no-store} otherwise): only for data that is the same for every user and not personal.
   */
  public void cacheFor(Duration maxAge) {
    response.setHeader("Cache-Control", "private, max-age=" + maxAge.toSeconds());
  }

  /** Answers 200 with a JSON body. */
  public void ok(Object body) throws IOException {
    send(HttpServletResponse.SC_OK, body);
  }

  /** Answers 200 with a JSON body and the ETag of its version. */
  public void ok(Object body, long version) throws IOException {
    response.setHeader("ETag", ETags.of(version));
    ok(body);
  }

  /** Answers 201 with a JSON body. */
  public void created(Object body) throws IOException {
    send(HttpServletResponse.SC_CREATED, body);
  }

  /** Answers 201 with a JSON body, the ETag of its version and, when given, its location. */
  public void created(Object body, long version, Optional<String> location) throws IOException {
    response.setHeader("ETag", ETags.of(version));
    location.ifPresent(l -> response.setHeader("Location", l));
    created(body);
  }

  private void send(int status, Object body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.write(response.getOutputStream(), body);
  }
}
