package nl.steunpunt.web.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.partner.http.Problem;
import nl.steunpunt.partner.http.ProblemException;
import org.junit.jupiter.api.Test;

class BindingProblemsTest {

  enum Colour {
    RED,
    GREEN
  }

  record Item(String name) {}

  record Sample(Colour colour, Integer count, String name, UUID id, List<Item> items) {}

  private final JsonCodec codec = new JsonCodec(4_096, 8, 1_000, 20);

  private Problem problemOf(String body) {
    return catchThrowableOfType(
            ProblemException.class,
            () ->
                codec.read(
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                    -1,
                    Sample.class))
        .problem();
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheValuesWithoutEchoingTheInput() {
    Problem problem = problemOf("{\"colour\":\"PURPLE_SECRET\"}");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(new FieldError("colour", "must be one of RED, GREEN"));
    assertThat(problem.toString()).doesNotContain("SECRET");
  }

  @Test
  void anEnumCannotBeGivenByIndex() {
    assertThat(problemOf("{\"colour\":0}").errors()).extracting("field").containsExactly("colour");
  }

  @Test
  void aStringForANumberIsRefusedAndNamed() {
    assertThat(problemOf("{\"count\":\"12\"}").errors())
        .containsExactly(new FieldError("count", "must be a whole number"));
  }

  @Test
  void aNumberForAStringIsRefused() {
    assertThat(problemOf("{\"name\":12}").errors()).extracting("field").containsExactly("name");
  }

  @Test
  void aMalformedUuidIsRefusedAndNamed() {
    assertThat(problemOf("{\"id\":\"not-a-uuid\"}").errors())
        .containsExactly(new FieldError("id", "must be a UUID"));
  }

  @Test
  void aWrongTypeInsideAListNamesThePath() {
    assertThat(problemOf("{\"items\":[{\"name\":\"a\"},{\"name\":[]}]}").errors())
        .extracting("field")
        .containsExactly("items[1].name");
  }

  @Test
  void anUnknownFieldIsRefusedWithTheKnownFieldsButNotItsName() {
    Problem problem = problemOf("{\"name\":\"a\",\"Fatima\":1}");

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.toString()).doesNotContain("Fatima");
    assertThat(problem.errors().get(0).message()).contains("colour, count, id, items, name");
  }
}
