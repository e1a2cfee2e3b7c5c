package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import nl.steunpunt.web.internal.testing.FakeRequest;
import nl.steunpunt.web.internal.testing.FakeResponse;
import org.junit.jupiter.api.Test;

class PartnerCredentialsFilterTest {

  @Test
  void aPartnersServletSeesNeitherTheUsersPasswordNorTheSessionCookie() throws Exception {
    HttpServletRequest request =
        FakeRequest.get("/api/v1/partners/crm/cases")
            .header("Authorization", "Basic YW5uYTpzZWNyZXQ=")
            .header("Cookie", "STEUNPUNT_SESSION=abc")
            .header("Accept", "application/json")
            .cookie("STEUNPUNT_SESSION", "abc")
            .build();
    AtomicReference<ServletRequest> passed = new AtomicReference<>();

    new PartnerCredentialsFilter()
        .doFilter(request, new FakeResponse().build(), (req, res) -> passed.set(req));

    HttpServletRequest seen = (HttpServletRequest) passed.get();
    assertThat(seen.getHeader("Authorization")).isNull();
    assertThat(seen.getHeader("authorization")).isNull();
    assertThat(seen.getHeaders("Cookie").hasMoreElements()).isFalse();
    assertThat(seen.getCookies()).isNull();
    assertThat(seen.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("Authorization")).as("the platform's view").isNotNull();
  }
}
