package nl.steunpunt.web.internal.http;

import javax.servlet.http.HttpServletRequest;

/** The path of a request inside the steunpunt context, as the container decoded it. */
public final class Paths {

  private Paths() {}

  public static String of(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    return path.isEmpty() ? "/" : path;
  }
}
