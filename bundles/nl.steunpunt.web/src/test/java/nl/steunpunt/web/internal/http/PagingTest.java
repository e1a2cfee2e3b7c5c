package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import org.junit.jupiter.api.Test;

class PagingTest {

  private static java.util.List<String> fieldsOf(String offset, String limit) {
    return catchThrowableOfType(ValidationException.class, () -> Paging.of(offset, limit))
        .errors()
        .stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void withoutParametersTheFirstPageOfFiftyIsAskedFor() {
    assertThat(Paging.of(null, null)).isEqualTo(new PageRequest(0, 50));
    assertThat(Paging.of("", "")).isEqualTo(new PageRequest(0, 50));
  }

  @Test
  void givenParametersAreUsed() {
    assertThat(Paging.of("100", "200")).isEqualTo(new PageRequest(100, 200));
    assertThat(Paging.of("0", "1")).isEqualTo(new PageRequest(0, 1));
  }

  @Test
  void aLimitOutOfRangeIsAFieldError() {
    assertThat(fieldsOf("0", "0")).containsExactly("limit");
    assertThat(fieldsOf("0", "201")).containsExactly("limit");
  }

  @Test
  void aNegativeOffsetIsAFieldError() {
    assertThat(fieldsOf("-1", "10")).containsExactly("offset");
  }

  @Test
  void somethingElseThanANumberIsAFieldError() {
    assertThat(fieldsOf("x", "1.5")).containsExactly("offset", "limit");
    assertThat(fieldsOf("0", "99999999999")).containsExactly("limit");
  }
}
