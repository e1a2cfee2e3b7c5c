package nl.steunpunt.partner.municipality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.partner.http.JsonBodies;
import org.junit.jupiter.api.Test;

class MeetingTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JsonBodies.MAPPER.readTree(text);
  }

  @Test
  void keepsOnlyTheMeetingsFieldsStripped() throws Exception {
    ObjectNode meeting =
        Meeting.read(
            json(
                "{\"date\":\"2026-11-20\",\"participants\":[\" gemeente \",\"steunpunt\"],"
                    + "\"agreements\":\" Huisbezoek in december. \"}"),
            TODAY);

    assertThat(meeting.toString())
        .isEqualTo(
            "{\"date\":\"2026-11-20\",\"participants\":[\"gemeente\",\"steunpunt\"],"
                + "\"agreements\":\"Huisbezoek in december.\"}");
  }

  @Test
  void namesEveryMissingField() {
    assertThatThrownBy(() -> Meeting.read(json("{}"), TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("date", "participants", "agreements"));
  }

  @Test
  void refusesADateNotOfTheFormOrOfTheCalendar() {
    for (String date : new String[] {"20-11-2026", "2026-02-30", "1999-12-31", "2028-01-01"}) {
      assertThatThrownBy(
              () ->
                  Meeting.read(
                      json(
                          "{\"date\":\""
                              + date
                              + "\",\"participants\":[\"a\"],\"agreements\":\"b\"}"),
                      TODAY))
          .as(date)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("date"));
    }
  }

  @Test
  void refusesTooLongTextsAndTooManyOrBlankParticipants() throws Exception {
    String body =
        "{\"date\":\"2026-11-20\",\"participants\":[\"a\",\" \"],\"agreements\":\""
            + "x".repeat(Meeting.MAX_AGREEMENTS + 1)
            + "\"}";

    assertThatThrownBy(() -> Meeting.read(json(body), TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("participants[1]", "agreements"));
    assertThatThrownBy(
            () ->
                Meeting.read(
                    json("{\"date\":\"2026-11-20\",\"participants\":[],\"agreements\":\"b\"}"),
                    TODAY))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesFieldsAMeetingDoesNotHaveWithoutEchoingThem() {
    assertThatThrownBy(
            () ->
                Meeting.read(
                    json(
                        "{\"date\":\"2026-11-20\",\"participants\":[\"a\"],\"agreements\":\"b\","
                            + "\"bsn\":\"123456782\"}"),
                    TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
              assertThat(e.getMessage()).doesNotContain("bsn").doesNotContain("123456782");
            });
  }

  @Test
  void refusesAWrongTypeOfValue() {
    assertThatThrownBy(
            () ->
                Meeting.read(
                    json("{\"date\":20261120,\"participants\":\"a\",\"agreements\":[\"b\"]}"),
                    TODAY))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(3));
  }
}
