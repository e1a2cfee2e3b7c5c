package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.steunpunt.partner.http.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

  private static int statusOf(String ifMatch) {
    return catchThrowableOfType(ProblemException.class, () -> ETags.ifMatch(ifMatch))
        .problem()
        .status();
  }

  @Test
  void anETagIsTheVersionInQuotes() {
    assertThat(ETags.of(3)).isEqualTo("\"3\"");
  }

  @Test
  void ifMatchGivesBackTheVersionOfTheETag() {
    assertThat(ETags.ifMatch(ETags.of(42))).isEqualTo(42);
    assertThat(ETags.ifMatch(" \"7\" ")).isEqualTo(7);
  }

  @Test
  void aMissingIfMatchIsPreconditionRequired() {
    assertThat(statusOf(null)).isEqualTo(428);
    assertThat(statusOf("  ")).isEqualTo(428);
  }

  @Test
  void anIfMatchThatIsNotOneQuotedVersionIsABadRequest() {
    assertThat(statusOf("3")).isEqualTo(400);
    assertThat(statusOf("W/\"3\"")).isEqualTo(400);
    assertThat(statusOf("\"abc\"")).isEqualTo(400);
    assertThat(statusOf("*")).isEqualTo(400);
    assertThat(statusOf("\"1\", \"2\"")).isEqualTo(400);
    assertThat(statusOf("\"99999999999999999999\"")).isEqualTo(400);
  }

  @Test
  void theBadRequestDoesNotEchoTheHeader() {
    ProblemException e =
        catchThrowableOfType(ProblemException.class, () -> ETags.ifMatch("\"secret\""));
    assertThat(e.problem().detail()).doesNotContain("secret");
  }
}
