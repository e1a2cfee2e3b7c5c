package nl.steunpunt.web.internal.testing;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.web.internal.http.SteunpuntHttp;

/**
 * A hand-written request for servlet tests: the method, a path with its query, headers, a JSON body
 * and the actor the steunpunt context would have put on it. A method the tests do not need fails
 * loudly.
 */
public final class FakeRequest implements InvocationHandler {

  private final String method;
  private final String path;
  private final String query;
  private final Map<String, String> parameters = new HashMap<>();
  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Object> attributes = new HashMap<>();
  private byte[] body = new byte[0];
  private String contentType;
  private String remoteAddress = "192.0.2.10";
  private final List<Cookie> cookies = new ArrayList<>();
  private String scheme = "http";
  private String host = "localhost";
  private int port = 8181;

  private FakeRequest(String method, String pathAndQuery) {
    this.method = method;
    int question = pathAndQuery.indexOf('?');
    this.path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    this.query = question < 0 ? null : pathAndQuery.substring(question + 1);
    if (question >= 0) {
      parse(pathAndQuery.substring(question + 1));
    }
  }

  private void parse(String pairs) {
    for (String pair : pairs.split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(decode(parts[0]), parts.length == 2 ? decode(parts[1]) : "");
    }
  }

  public static FakeRequest get(String pathAndQuery) {
    return new FakeRequest("GET", pathAndQuery);
  }

  public static FakeRequest post(String pathAndQuery) {
    return new FakeRequest("POST", pathAndQuery);
  }

  /** A POST with a JSON body. */
  public static FakeRequest post(String pathAndQuery, String json) {
    return post(pathAndQuery).body("application/json", json);
  }

  public FakeRequest body(String type, String text) {
    this.contentType = type;
    this.body = text.getBytes(StandardCharsets.UTF_8);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      parse(text);
    }
    return this;
  }

  /** A POST with a form body, as a browser sends it. */
  public static FakeRequest form(String path, String fields) {
    return post(path).body("application/x-www-form-urlencoded", fields);
  }

  public static FakeRequest method(String method, String pathAndQuery) {
    return new FakeRequest(method, pathAndQuery);
  }

  /** A cookie header's worth of one cookie. */
  public FakeRequest cookie(String name, String value) {
    cookies.add(new Cookie(name, value));
    return this;
  }

  /** The scheme, host and port the request was sent to. */
  public FakeRequest to(String scheme, String host, int port) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    return this;
  }

  public FakeRequest header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The actor the steunpunt context established. */
  public FakeRequest as(Actor actor) {
    attributes.put(SteunpuntHttp.ACTOR_ATTRIBUTE, actor);
    return this;
  }

  public FakeRequest from(String address) {
    this.remoteAddress = address;
    return this;
  }

  public HttpServletRequest build() {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, this);
  }

  @Override
  public Object invoke(Object proxy, Method called, Object[] args) {
    return switch (called.getName()) {
      case "getMethod" -> method;
      case "getServletPath", "getRequestURI" -> path;
      case "getQueryString" -> query;
      case "getPathInfo", "getCharacterEncoding" -> null;
      case "getParameter" -> parameters.get((String) args[0]);
      case "getHeader" -> headers.get((String) args[0]);
      case "getHeaders" ->
          java.util.Collections.enumeration(
              headers.containsKey((String) args[0])
                  ? java.util.List.of(headers.get((String) args[0]))
                  : java.util.List.<String>of());
      case "getAttribute" -> attributes.get((String) args[0]);
      case "setAttribute" -> attributes.put((String) args[0], args[1]);
      case "getContentType" -> contentType;
      case "getContentLengthLong" -> (long) body.length;
      case "getContentLength" -> body.length;
      case "getInputStream" -> new BodyStream(body);
      case "getRemoteAddr" -> remoteAddress;
      case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
      case "getScheme" -> scheme;
      case "getServerName" -> host;
      case "getServerPort" -> port;
      case "isSecure" -> "https".equals(scheme);
      case "getProtocol" -> "HTTP/1.1";
      case "toString" -> "FakeRequest[" + method + " " + path + "]";
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> throw new UnsupportedOperationException("FakeRequest." + called.getName());
    };
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** The body as the container gives it. */
  private static final class BodyStream extends ServletInputStream {
    private final ByteArrayInputStream in;

    BodyStream(byte[] body) {
      this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException();
    }
  }
}
