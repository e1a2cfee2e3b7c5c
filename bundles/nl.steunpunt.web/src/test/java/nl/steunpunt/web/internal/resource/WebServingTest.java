package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.steunpunt.web.internal.resource.WebServing.Registered;
import org.junit.jupiter.api.Test;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.FilterDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

class WebServingTest {

  private static final List<Registered> WEB_FACE =
      List.of(
          new Registered(11, "steunpunt-health"),
          new Registered(12, "steunpunt-families"),
          new Registered(13, "steunpunt-problems"));

  private static RuntimeDTO serving(long[] servlets, long[] filters) {
    ServletContextDTO context = new ServletContextDTO();
    context.servletDTOs = new ServletDTO[servlets.length];
    for (int i = 0; i < servlets.length; i++) {
      context.servletDTOs[i] = new ServletDTO();
      context.servletDTOs[i].serviceId = servlets[i];
    }
    context.filterDTOs = new FilterDTO[filters.length];
    for (int i = 0; i < filters.length; i++) {
      context.filterDTOs[i] = new FilterDTO();
      context.filterDTOs[i].serviceId = filters[i];
    }
    RuntimeDTO runtime = new RuntimeDTO();
    runtime.servletContextDTOs = new ServletContextDTO[] {context};
    return runtime;
  }

  @Test
  void aServletWhoseServiceIsRegisteredButNotYetServedIsWaitedFor() {
    RuntimeDTO runtime = serving(new long[] {11}, new long[] {13});

    assertThat(WebServing.notServed(runtime, WEB_FACE))
        .containsExactly("servlet or filter steunpunt-families");
  }

  @Test
  void nothingIsWaitedForWhenEveryServletAndFilterIsServed() {
    RuntimeDTO runtime = serving(new long[] {11, 12, 99}, new long[] {13});

    assertThat(WebServing.notServed(runtime, WEB_FACE)).isEmpty();
  }

  @Test
  void aServletTheRuntimeFailedIsNamedWithItsReason() {
    RuntimeDTO runtime = serving(new long[] {11}, new long[] {13});
    FailedServletDTO failed = new FailedServletDTO();
    failed.serviceId = 12;
    failed.failureReason = DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE;
    runtime.failedServletDTOs = new FailedServletDTO[] {failed};

    assertThat(WebServing.notServed(runtime, WEB_FACE))
        .containsExactly("servlet or filter steunpunt-families (failed: reason 3)");
  }

  @Test
  void anEmptyRuntimeWaitsForEverything() {
    assertThat(WebServing.notServed(new RuntimeDTO(), WEB_FACE)).hasSize(3);
  }
}
