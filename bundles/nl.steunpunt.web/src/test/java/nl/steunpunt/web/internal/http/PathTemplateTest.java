package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  private final PathTemplate members = new PathTemplate("/api/v1/families/{id}/members");
  private final UUID id = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

  @Test
  void aMatchingPathGivesTheIds() {
    assertThat(members.match("/api/v1/families/" + id + "/members")).contains(List.of(id));
  }

  @Test
  void aMalformedIdDoesNotMatch() {
    assertThat(members.match("/api/v1/families/42/members")).isEmpty();
    assertThat(members.match("/api/v1/families/1-1-1-1-1/members")).isEmpty();
  }

  @Test
  void otherPathsDoNotMatch() {
    assertThat(members.match("/api/v1/families/" + id)).isEmpty();
    assertThat(members.match("/api/v1/families/" + id + "/members/")).isEmpty();
    assertThat(members.match("/api/v1/families/" + id + "/notes")).isEmpty();
  }

  @Test
  void aTemplateWithoutVariablesMatchesItself() {
    assertThat(new PathTemplate("/api/v1/families").match("/api/v1/families")).contains(List.of());
  }
}
