package nl.steunpunt.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void pagesAreBetweenOneAndTwoHundredResults() {
    assertThat(new PageRequest(0, 1).limit()).isEqualTo(1);
    assertThat(new PageRequest(400, 200).offset()).isEqualTo(400);
    assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PageRequest(0, 201)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PageRequest(-1, 10))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("offset"));
  }

  @Test
  void aPageMapsItsItemsAndKeepsItsPlace() {
    Page<Integer> page = new Page<>(List.of(1, 2), 10, 2, 40);

    assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 10, 2, 40));
  }
}
