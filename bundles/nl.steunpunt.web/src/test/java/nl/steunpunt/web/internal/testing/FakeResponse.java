package nl.steunpunt.web.internal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;

/**
 * A hand-written response for servlet tests that keeps the status, headers and body. A method the
 * tests do not need fails loudly.
 */
public final class FakeResponse implements InvocationHandler {

  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private int status = 200;
  private String contentType;

  /** Runs a request through a servlet, as the container would. */
  public static FakeResponse send(HttpServlet servlet, FakeRequest request) {
    FakeResponse response = new FakeResponse();
    try {
      servlet.service(request.build(), response.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (javax.servlet.ServletException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }

  public HttpServletResponse build() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, this);
  }

  public int status() {
    return status;
  }

  public String header(String name) {
    return headers.get(name);
  }

  public String contentType() {
    return contentType;
  }

  public String body() {
    return body.toString(StandardCharsets.UTF_8);
  }

  /** The body as JSON. */
  public JsonNode json() {
    try {
      return new ObjectMapper().readTree(body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object invoke(Object proxy, Method called, Object[] args) {
    switch (called.getName()) {
      case "setStatus" -> status = (Integer) args[0];
      case "getStatus" -> {
        return status;
      }
      case "setContentType" -> contentType = (String) args[0];
      case "getContentType" -> {
        return contentType;
      }
      case "setCharacterEncoding", "flushBuffer", "setContentLength" -> {}
      case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
      case "getHeader" -> {
        return headers.get((String) args[0]);
      }
      case "isCommitted" -> {
        return false;
      }
      case "resetBuffer" -> body.reset();
      case "getOutputStream" -> {
        return new BodyStream(body);
      }
      case "getWriter" -> {
        return new PrintWriter(
            new Writer() {
              @Override
              public void write(char[] chars, int offset, int length) {
                body.writeBytes(new String(chars, offset, length).getBytes(StandardCharsets.UTF_8));
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
      }
      case "toString" -> {
        return "FakeResponse[" + status + "]";
      }
      case "hashCode" -> {
        return System.identityHashCode(proxy);
      }
      case "equals" -> {
        return proxy == args[0];
      }
      default -> throw new UnsupportedOperationException("FakeResponse." + called.getName());
    }
    return null;
  }

  /** The body as the container takes it. */
  private static final class BodyStream extends ServletOutputStream {
    private final ByteArrayOutputStream out;

    BodyStream(ByteArrayOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      out.write(b);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException();
    }
  }
}
