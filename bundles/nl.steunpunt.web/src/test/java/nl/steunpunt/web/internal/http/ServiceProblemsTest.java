package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.junit.jupiter.api.Test;

class ServiceProblemsTest {

  private final JsonCodec json = new JsonCodec(1_048_576, 32, 100_000, 32);

  @Test
  void aValidationFailureIsA400ThatNamesEachField() {
    Problem problem =
        ServiceProblems.of(
                new ValidationException(
                    List.of(
                        new FieldError("municipality", "is not a known CBS municipality code"),
                        new FieldError("birthYear", "must not be in the future"))))
            .orElseThrow();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldProblem("municipality", "is not a known CBS municipality code"),
            new Problem.FieldProblem("birthYear", "must not be in the future"));
  }

  @Test
  void notFoundIsA404ThatDoesNotNameTheId() {
    UUID id = UUID.randomUUID();
    Problem problem = ServiceProblems.of(new NotFoundException("family", id)).orElseThrow();

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).doesNotContain(id.toString()).doesNotContain("family");
  }

  @Test
  void aConflictIsA409AndAccessDeniedA403() {
    assertThat(ServiceProblems.of(new ConflictException("no")).orElseThrow().status())
        .isEqualTo(409);
    assertThat(ServiceProblems.of(new AccessDeniedException("no")).orElseThrow().status())
        .isEqualTo(403);
  }

  @Test
  void aStaleVersionIsA412AndNotAConflict() {
    assertThat(ServiceProblems.of(ConflictException.stale("task", 3)).orElseThrow().status())
        .isEqualTo(412);
  }

  @Test
  void anUnavailableServiceIsA503WithItsMessageAndNothingOfTheCause() {
    Problem problem =
        ServiceProblems.of(
                new UnavailableException(
                    "The audit log cannot be written; nothing was done.",
                    new IllegalStateException("connection refused to db-1")))
            .orElseThrow();

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.title()).isEqualTo("Service Unavailable");
    assertThat(problem.detail()).isEqualTo("The audit log cannot be written; nothing was done.");
    assertThat(json.writeString(problem))
        .doesNotContain("db-1", "IllegalStateException", "errors", "stack");
  }

  @Test
  void otherExceptionsAreLeftToTheIncidentHandling() {
    assertThat(ServiceProblems.of(new IllegalStateException("boom"))).isEmpty();
  }

  @Test
  void errorsAreSerialisedOnlyWhenPresent() {
    String plain = json.writeString(Problem.of(404, "Not Found", "x").at("/a"));
    String invalid =
        json.writeString(
            ServiceProblems.of(ValidationException.of("limit", "must be from 1 to 200"))
                .orElseThrow());

    assertThat(plain).doesNotContain("errors");
    assertThat(invalid)
        .contains("\"errors\":[{\"field\":\"limit\",\"message\":\"must be from 1 to 200\"}]");
  }
}
