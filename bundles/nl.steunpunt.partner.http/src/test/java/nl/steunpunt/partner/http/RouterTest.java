package nl.steunpunt.partner.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router<String> router =
      new Router<String>()
          .add("GET", "families", "list")
          .add("GET", "families/{familyId}/meetings", "meetings")
          .add("POST", "families/{familyId}/meetings", "add")
          .add("PUT", "meetings/{recordId}", "change");

  @Test
  void findsTheRouteWithItsParameters() {
    Router.Match<String> match = router.route("POST", "/families/abc/meetings");

    assertThat(match.handler()).isEqualTo("add");
    assertThat(match.parameters()).isEqualTo(Map.of("familyId", "abc"));
    assertThat(match.template()).isEqualTo("families/{familyId}/meetings");
  }

  @Test
  void ignoresATrailingSlash() {
    assertThat(router.route("GET", "/families/").handler()).isEqualTo("list");
  }

  @Test
  void answersNotFoundForAnUnknownPath() {
    assertThatThrownBy(() -> router.route("GET", "/families/abc"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    assertThatThrownBy(() -> router.route("GET", null))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
  }

  @Test
  void answersMethodNotAllowedNamingTheAllowedOnes() {
    assertThatThrownBy(() -> router.route("DELETE", "/families/abc/meetings"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(405);
              assertThat(e.problem().detail()).contains("GET, POST");
            });
  }

  @Test
  void anEmptySegmentMatchesNoParameter() {
    assertThatThrownBy(() -> router.route("GET", "/families//meetings"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void anExactRouterTakesOnlyUuidsForVariablesAndNoTrailingSlash() {
    Router<String> exact =
        Router.<String>exact()
            .add("GET", "/api/v1/families", "list")
            .add("GET", "/api/v1/families/{id}", "one");
    String id = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    assertThat(exact.route("GET", "/api/v1/families/" + id).parameters()).containsEntry("id", id);
    assertThatThrownBy(() -> exact.route("GET", "/api/v1/families/42"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    assertThatThrownBy(() -> exact.route("GET", "/api/v1/families/"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
  }

  @Test
  void namesTheMethodsAndTheTemplateOfAPathForA405() {
    assertThat(router.methods("/families/abc/meetings")).containsExactly("GET", "POST");
    assertThat(router.template("/families/abc/meetings")).contains("families/{familyId}/meetings");
    assertThat(router.methods("/nowhere")).isEmpty();
    assertThat(router.template("/nowhere")).isEmpty();
  }

  @Test
  void listsItsRoutesInTheOrderAdded() {
    assertThat(router.routes())
        .extracting(Router.Route::method, Router.Route::template)
        .first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("GET", "families"));
    assertThat(router.routes()).hasSize(4);
  }
}
