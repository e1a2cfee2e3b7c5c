package nl.steunpunt.partner.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The servlet side of a {@link Dispatcher}: reads the request, writes the {@link Reply}. */
public final class ServletExchange {

  private ServletExchange() {}

  /** The request's parts as a handler reads them. */
  public static Request request(HttpServletRequest request) {
    return new Request() {
      @Override
      public String header(String name) {
        return request.getHeader(name);
      }

      @Override
      public String query(String name) {
        return request.getParameter(name);
      }

      @Override
      public long contentLength() {
        return request.getContentLengthLong();
      }

      @Override
      public InputStream body() throws IOException {
        return request.getInputStream();
      }
    };
  }

  /** Writes an answer; nothing of it is cached. */
  public static void write(Reply reply, HttpServletResponse response) throws IOException {
    response.setStatus(reply.status());
    response.setHeader("Cache-Control", "no-store");
    reply.version().ifPresent(v -> response.setHeader("ETag", "\"" + v + "\""));
    reply
        .attachment()
        .ifPresent(
            name ->
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\""));
    if (reply.body() == null) {
      return;
    }
    byte[] bytes =
        reply.isText()
            ? reply.body().asText().getBytes(StandardCharsets.UTF_8)
            : JsonBodies.MAPPER.writeValueAsBytes(reply.body());
    response.setContentType(reply.mediaType());
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }
}
