package nl.steunpunt.partner.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import org.junit.jupiter.api.Test;

/** The problems of the API's failures as the platform's REST API answers them (with instance). */
class ServiceProblemsTest {

  @Test
  void aValidationFailureIsA400ThatNamesEachField() {
    Problem problem =
        Problems.of(
                new ValidationException(
                    List.of(
                        new FieldError("municipality", "is not a known CBS municipality code"),
                        new FieldError("birthYear", "must not be in the future"))))
            .orElseThrow();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("municipality", "is not a known CBS municipality code"),
            new FieldError("birthYear", "must not be in the future"));
  }

  @Test
  void notFoundIsA404ThatDoesNotNameTheId() {
    UUID id = UUID.randomUUID();
    Problem problem = Problems.of(new NotFoundException("family", id)).orElseThrow();

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).doesNotContain(id.toString()).doesNotContain("family");
  }

  @Test
  void aConflictIsA409AndAccessDeniedA403() {
    assertThat(Problems.of(new ConflictException("no")).orElseThrow().status()).isEqualTo(409);
    assertThat(Problems.of(new AccessDeniedException("no")).orElseThrow().status()).isEqualTo(403);
  }

  @Test
  void aStaleVersionIsA412AndNotAConflict() {
    assertThat(Problems.of(ConflictException.stale("task", 3)).orElseThrow().status())
        .isEqualTo(412);
  }

  @Test
  void anUnavailableServiceIsA503WithItsMessageAndNothingOfTheCause() {
    Problem problem =
        Problems.of(
                new UnavailableException(
                    "The audit log cannot be written; nothing was done.",
                    new IllegalStateException("connection refused to db-1")))
            .orElseThrow();

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.title()).isEqualTo("Service Unavailable");
    assertThat(problem.detail()).isEqualTo("The audit log cannot be written; nothing was done.");
    assertThat(problem.json().toString())
        .doesNotContain("db-1", "IllegalStateException", "errors", "stack");
  }

  @Test
  void otherExceptionsAreLeftToTheIncidentHandling() {
    assertThat(Problems.of(new IllegalStateException("boom"))).isEmpty();
  }

  @Test
  void errorsAreSerialisedOnlyWhenPresent() {
    String plain = Problem.of(404, "Not Found", "x").at("/a").json().toString();
    String invalid =
        Problems.of(ValidationException.of("limit", "must be from 1 to 200"))
            .orElseThrow()
            .json()
            .toString();

    assertThat(plain).doesNotContain("errors");
    assertThat(invalid)
        .contains("\"errors\":[{\"field\":\"limit\",\"message\":\"must be from 1 to 200\"}]");
  }

  @Test
  void theProblemJsonHasTheMembersOfRfc9457InOrderAndLeavesOutWhatIsAbsent() {
    assertThat(Problem.of(404, "Not Found", "There is none.").at("/api/v1/x").json().toString())
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"There is none.\",\"instance\":\"/api/v1/x\"}");
    assertThat(Problem.of(405, "Method Not Allowed", null).json().toString())
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}");
  }
}
