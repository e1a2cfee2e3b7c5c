package nl.steunpunt.partner.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  private final PathTemplate members = new PathTemplate("/api/v1/families/{id}/members", true);
  private final UUID id = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

  @Test
  void aMatchingPathGivesTheIds() {
    assertThat(members.match("/api/v1/families/" + id + "/members"))
        .contains(Map.of("id", id.toString()));
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
    assertThat(new PathTemplate("/api/v1/families", true).match("/api/v1/families"))
        .contains(Map.of());
  }

  @Test
  void aLenientTemplateTakesAnyNonEmptySegmentAndIgnoresSurroundingSlashes() {
    PathTemplate meetings = new PathTemplate("families/{familyId}/meetings", false);

    assertThat(meetings.match("/families/abc/meetings/")).contains(Map.of("familyId", "abc"));
    assertThat(meetings.match("families//meetings")).isEmpty();
  }

  @Test
  void theVariablesComeInTheTemplatesOrder() {
    PathTemplate two = new PathTemplate("a/{first}/b/{second}", false);

    assertThat(two.match("a/1/b/2").orElseThrow().keySet()).containsExactly("first", "second");
  }
}
