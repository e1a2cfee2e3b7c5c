package nl.steunpunt.web.internal.http;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Keeps the user's credentials from the partners' servlets: on the partners' paths the request has
 * no {@code Authorization} header and no cookies (the session cookie), which the platform has
 * already checked. A partner gets the user as the actor of this request on its own channel, and
 * cannot take the user's password or session to call the platform with the user's full rights.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardFilterName("steunpunt-partner-credentials")
@HttpWhiteboardFilterPattern({"/api/v1/partners/*", "/plugins/*"})
@HttpWhiteboardFilterAsyncSupported
public final class PartnerCredentialsFilter implements Filter {

  static final Set<String> HIDDEN = Set.of("authorization", "cookie");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        request instanceof HttpServletRequest http ? new WithoutCredentials(http) : request,
        response);
  }

  /** The request without the user's credentials. */
  static final class WithoutCredentials extends HttpServletRequestWrapper {

    WithoutCredentials(HttpServletRequest request) {
      super(request);
    }

    private static boolean hidden(String name) {
      return name != null && HIDDEN.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      return Collections.enumeration(names.stream().filter(n -> !hidden(n)).toList());
    }

    @Override
    public Cookie[] getCookies() {
      return null;
    }
  }
}
