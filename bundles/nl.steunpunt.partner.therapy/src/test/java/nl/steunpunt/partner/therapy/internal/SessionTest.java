package nl.steunpunt.partner.therapy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.partner.http.JsonBodies;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JsonBodies.MAPPER.readTree(text);
  }

  @Test
  void keepsDateKindAndNote() throws Exception {
    assertThat(
            Session.read(
                    json(
                        "{\"date\":\"2026-11-20\",\"kind\":\"FAMILY\",\"note\":\"Rouw besproken.\"}"),
                    TODAY)
                .toString())
        .isEqualTo("{\"date\":\"2026-11-20\",\"kind\":\"FAMILY\",\"note\":\"Rouw besproken.\"}");
  }

  @Test
  void theKindIsIndividualOrFamily() {
    assertThatThrownBy(
            () ->
                Session.read(
                    json("{\"date\":\"2026-11-20\",\"kind\":\"GROUP\",\"note\":\"x\"}"), TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("kind");
              assertThat(e.errors().get(0).message())
                  .contains("INDIVIDUAL")
                  .doesNotContain("GROUP");
            });
  }

  @Test
  void namesEveryMissingField() {
    assertThatThrownBy(() -> Session.read(json("{\"note\":\"  \"}"), TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("date", "kind", "note"));
  }

  @Test
  void aNoteHasAtMost8000Characters() {
    String body =
        "{\"date\":\"2026-11-20\",\"kind\":\"INDIVIDUAL\",\"note\":\""
            + "é".repeat(Session.MAX_NOTE + 1)
            + "\"}";

    assertThatThrownBy(() -> Session.read(json(body), TODAY))
        .isInstanceOf(ValidationException.class);
  }
}
