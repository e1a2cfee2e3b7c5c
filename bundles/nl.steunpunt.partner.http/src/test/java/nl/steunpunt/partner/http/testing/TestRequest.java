package nl.steunpunt.partner.http.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import nl.steunpunt.partner.http.Request;

/** A request of plain values, for the tests of a partner bundle's HTTP mapping. */
public final class TestRequest implements Request {

  private final Map<String, String> headers = new HashMap<>();
  private final Map<String, String> query = new HashMap<>();
  private byte[] body = new byte[0];

  public static TestRequest json(String body) {
    TestRequest request = new TestRequest().header("Content-Type", "application/json");
    request.body = body.getBytes(UTF_8);
    return request;
  }

  public TestRequest header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public TestRequest query(String name, String value) {
    query.put(name, value);
    return this;
  }

  @Override
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String query(String name) {
    return query.get(name);
  }

  @Override
  public long contentLength() {
    return body.length;
  }

  @Override
  public InputStream body() {
    return new ByteArrayInputStream(body);
  }
}
