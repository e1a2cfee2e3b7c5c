package nl.steunpunt.partner.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void aValidationFailureIsBadRequestWithItsFieldErrors() {
    Problem problem =
        Problems.of(new ValidationException(List.of(new FieldError("date", "is required"))))
            .orElseThrow();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).containsExactly(new FieldError("date", "is required"));
  }

  @Test
  void notFoundNeverEchoesTheIdAskedFor() {
    Problem problem = Problems.of(new NotFoundException("family", "2f1e0c7a-secret")).orElseThrow();

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).doesNotContain("2f1e0c7a").doesNotContain("family");
  }

  @Test
  void aStaleVersionIsPreconditionFailedAndAnotherConflictIsConflict() {
    assertThat(Problems.of(ConflictException.stale("record", 3)).orElseThrow().status())
        .isEqualTo(412);
    assertThat(Problems.of(new ConflictException("Not allowed now.")).orElseThrow().status())
        .isEqualTo(409);
  }

  @Test
  void accessDeniedIsForbiddenAndUnavailableIsServiceUnavailable() {
    assertThat(Problems.of(new AccessDeniedException("No.")).orElseThrow().status()).isEqualTo(403);
    assertThat(
            Problems.of(new UnavailableException("The audit log is down.", null))
                .orElseThrow()
                .status())
        .isEqualTo(503);
  }

  @Test
  void anUndefinedFailureHasNoProblemOfItsOwn() {
    assertThat(Problems.of(new IllegalStateException("F-2017-0042 Ahmed"))).isEmpty();
    assertThat(Problems.unexpected().detail()).doesNotContain("F-2017");
  }

  @Test
  void theProblemBodyHasTypeTitleStatusDetailAndErrors() {
    Reply reply =
        Reply.problem(
            new Problem(
                400, "Bad Request", "see errors", List.of(new FieldError("x", "is required"))));

    assertThat(reply.mediaType()).isEqualTo("application/problem+json");
    assertThat(reply.body().get("type").asText()).isEqualTo("about:blank");
    assertThat(reply.body().get("status").asInt()).isEqualTo(400);
    assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("x");
  }
}
