package nl.steunpunt.partner.http;

import java.io.IOException;
import java.io.InputStream;

/** What a handler reads of an HTTP request: plain values, so handlers test without a container. */
public interface Request {

  /** A header's value, or null. */
  String header(String name);

  /** A query parameter's value, or null. */
  String query(String name);

  /** The declared length of the body, or -1. */
  long contentLength();

  /** The body. */
  InputStream body() throws IOException;
}
