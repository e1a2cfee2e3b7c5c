package nl.steunpunt.partner.police.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.partner.http.JsonBodies;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JsonBodies.MAPPER.readTree(text);
  }

  @Test
  void keepsTheDateAndTheNote() throws Exception {
    assertThat(
            FollowUp.read(json("{\"date\":\"2026-11-21\",\"note\":\" Gesprek gepland. \"}"), TODAY)
                .toString())
        .isEqualTo("{\"date\":\"2026-11-21\",\"note\":\"Gesprek gepland.\"}");
  }

  @Test
  void namesEveryWrongField() {
    assertThatThrownBy(
            () ->
                FollowUp.read(
                    json(
                        "{\"date\":\"2026-13-01\",\"note\":\""
                            + "x".repeat(FollowUp.MAX_NOTE + 1)
                            + "\",\"address\":\"Damrak 1\"}"),
                    TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly("body", "date", "note");
              assertThat(e.getMessage()).doesNotContain("Damrak");
            });
  }
}
