package nl.steunpunt.api.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.steunpunt.api.common.ValidationException;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void isoCodesOfTwoOrThreeLettersAreKeptInOrderWithoutDuplicates() {
    assertThat(Languages.check("languages", List.of("ar", "nl", "tzm", "ar")))
        .containsExactly("ar", "nl", "tzm");
  }

  @Test
  void noLanguagesIsAnEmptyList() {
    assertThat(Languages.check("languages", null)).isEmpty();
  }

  @Test
  void malformedCodesAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(() -> Languages.check("languages", List.of("Arabic")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              assertThat(e.errors().get(0).field()).isEqualTo("languages");
              assertThat(e.errors().get(0).message()).doesNotContain("Arabic");
            });
    assertThatThrownBy(() -> Languages.check("languages", Arrays.asList("nl", null)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void moreThanTenLanguagesAreRefused() {
    List<String> many = Collections.nCopies(11, "x").stream().toList();
    List<String> distinct =
        List.of("aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay");

    assertThatThrownBy(() -> Languages.check("l", many)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Languages.check("l", distinct))
        .isInstanceOf(ValidationException.class);
  }
}
