package nl.steunpunt.web.internal.ui;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of the staff UI, under {@code ui/} in the bundle: which paths may be asked for, and
 * their content types. Only plain names of known types are served, so no path can climb out of the
 * folder, name a hidden file or be served with a type a browser would guess.
 */
final class UiFiles {

  /** Finds a file of the UI folder by its path relative to it, such as {@code pages/tasks.js}. */
  @FunctionalInterface
  interface Source {
    Optional<URL> find(String relativePath);
  }

  static final String INDEX = "index.html";

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
  private static final int MAX_PATH = 500;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("js", "text/javascript;charset=utf-8"),
          Map.entry("mjs", "text/javascript;charset=utf-8"),
          Map.entry("css", "text/css;charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("map", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("html", "text/html;charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"));

  private UiFiles() {}

  /**
   * The path relative to the UI folder, when it is one that may be served.
   *
   * @param path what follows {@code /ui/}, as the container decoded it
   */
  static Optional<String> relative(String path) {
    if (path.isEmpty() || path.length() > MAX_PATH) {
      return Optional.empty();
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
        return Optional.empty();
      }
    }
    return contentType(path).map(type -> path);
  }

  /** The content type of a file, by its extension; empty for a type that is not served. */
  static Optional<String> contentType(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash + 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** Whether the last segment has no extension: a route of the shell rather than a file. */
  static boolean isRoute(String path) {
    return path.lastIndexOf('.') <= path.lastIndexOf('/');
  }
}
