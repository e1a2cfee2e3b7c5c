package nl.steunpunt.web.internal.http;

import java.util.Map;

/** The standard reason phrases of the statuses this service answers with. */
final class StatusTitles {

  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Payload Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(428, "Precondition Required"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  private StatusTitles() {}

  static String of(int status) {
    return TITLES.getOrDefault(status, status < 500 ? "Client Error" : "Server Error");
  }
}
