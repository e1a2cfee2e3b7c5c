package nl.steunpunt.web.internal.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.BaseServletDTO;
import org.osgi.service.http.runtime.dto.FailedErrorPageDTO;
import org.osgi.service.http.runtime.dto.FailedFilterDTO;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.FilterDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Whether the HTTP runtime serves every servlet and filter the web bundle registered for it: part
 * of the web face's readiness ({@code /health}).
 *
 * <p>A servlet's component is active, and its service registered, before Pax Web serves it: Pax Web
 * adds the whiteboard's servlets to Jetty one at a time on its own thread, 10-200 ms each on two
 * cores, 2.8 s for the web bundle's 24 at a start in one log, and the health servlet is served in
 * the middle of that row. Until then a path answers 404 from the not-found servlet.
 */
final class WebServing {

  /** A whiteboard servlet or filter a bundle registered: its service id and its name. */
  record Registered(long serviceId, String name) {}

  private WebServing() {}

  /** What the bundle registered for the whiteboard and the runtime does not serve, by name. */
  static List<String> notServed(HttpServiceRuntime runtime, Bundle bundle) {
    List<Registered> registered = registered(bundle);
    if (runtime == null) {
      return registered.isEmpty() ? List.of("the HTTP runtime") : names(registered);
    }
    return notServed(runtime.getRuntimeDTO(), registered);
  }

  /**
   * What of {@code registered} the runtime does not serve, by name; one it failed carries the
   * runtime's reason (it will not be served: the platform does not become ready).
   */
  static List<String> notServed(RuntimeDTO runtime, List<Registered> registered) {
    Set<Long> served = new HashSet<>();
    for (ServletContextDTO context : nullSafe(runtime.servletContextDTOs)) {
      for (BaseServletDTO servlet : nullSafe(context.servletDTOs)) {
        served.add(servlet.serviceId);
      }
      for (BaseServletDTO page : nullSafe(context.errorPageDTOs)) {
        served.add(page.serviceId);
      }
      for (FilterDTO filter : nullSafe(context.filterDTOs)) {
        served.add(filter.serviceId);
      }
    }
    Map<Long, Integer> failed = new HashMap<>();
    for (FailedServletDTO servlet : nullSafe(runtime.failedServletDTOs)) {
      failed.put(servlet.serviceId, servlet.failureReason);
    }
    for (FailedErrorPageDTO page : nullSafe(runtime.failedErrorPageDTOs)) {
      failed.put(page.serviceId, page.failureReason);
    }
    for (FailedFilterDTO filter : nullSafe(runtime.failedFilterDTOs)) {
      failed.put(filter.serviceId, filter.failureReason);
    }
    List<String> waiting = new ArrayList<>();
    for (Registered one : registered) {
      if (served.contains(one.serviceId())) {
        continue;
      }
      Integer reason = failed.get(one.serviceId());
      waiting.add(reason == null ? label(one) : label(one) + " (failed: reason " + reason + ")");
    }
    return waiting;
  }

  /** The bundle's services that are whiteboard servlets, error pages or filters. */
  static List<Registered> registered(Bundle bundle) {
    ServiceReference<?>[] services = bundle.getRegisteredServices();
    List<Registered> registered = new ArrayList<>();
    for (ServiceReference<?> service : services == null ? new ServiceReference<?>[0] : services) {
      String nameKey;
      if (service.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN) != null
          || service.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ERROR_PAGE)
              != null) {
        nameKey = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME;
      } else if (service.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN) != null
          || service.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_SERVLET) != null
          || service.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_REGEX) != null) {
        nameKey = HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_NAME;
      } else {
        continue;
      }
      long id = (Long) service.getProperty(Constants.SERVICE_ID);
      Object name = service.getProperty(nameKey);
      registered.add(new Registered(id, name == null ? "service " + id : name.toString()));
    }
    return registered;
  }

  private static List<String> names(List<Registered> registered) {
    return registered.stream().map(WebServing::label).toList();
  }

  private static String label(Registered one) {
    return "servlet or filter " + one.name();
  }

  private static <T> List<T> nullSafe(T[] array) {
    return array == null ? List.of() : List.of(array);
  }
}
