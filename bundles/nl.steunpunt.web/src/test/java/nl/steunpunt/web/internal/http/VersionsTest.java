package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.steunpunt.api.common.ConflictException;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void anUpdateOfTheStoredVersionPasses() {
    Versions.require(3, 3);
    assertThat(Versions.update("family", 3, () -> "done")).isEqualTo("done");
  }

  @Test
  void anIfMatchOfAnotherVersionIsPreconditionFailed() {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> Versions.require(2, 3));
    assertThat(e.problem().status()).isEqualTo(412);
  }

  @Test
  void aStaleVersionFoundByTheServiceIsPreconditionFailed() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () ->
                Versions.update(
                    "member",
                    4,
                    () -> {
                      throw ConflictException.stale("member", 4);
                    }));
    assertThat(e.problem().status()).isEqualTo(412);
  }

  @Test
  void anIllegalChangeStaysAConflict() {
    assertThatThrownBy(
            () ->
                Versions.update(
                    "task",
                    1,
                    () -> {
                      throw new ConflictException("A task that is DONE cannot change again.");
                    }))
        .isInstanceOf(ConflictException.class);
  }
}
