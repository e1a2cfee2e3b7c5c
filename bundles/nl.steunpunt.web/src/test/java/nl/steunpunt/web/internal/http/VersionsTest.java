package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.steunpunt.partner.http.ProblemException;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void anIfMatchOfAnotherVersionIsPreconditionFailed() {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> Versions.require(2, 3));
    assertThat(e.problem().status()).isEqualTo(412);
  }
}
