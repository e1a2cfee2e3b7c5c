package nl.steunpunt.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.steunpunt.api.family.Background;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void aYearRunsFromTheFirstOfJanuaryUpToTheNextFirstOfJanuary() {
    assertThat(Period.year(2017))
        .isEqualTo(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)));
  }

  @Test
  void aPeriodMustHoldAtLeastOneDay() {
    LocalDate day = LocalDate.of(2017, 3, 1);
    assertThatThrownBy(() -> new Period(day, day)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period(day, day.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Period(day, day.plusDays(1)).from()).isEqualTo(day);
  }

  @Test
  void indicatorsListEveryBackgroundAndRefuseNegativeCounts() {
    Indicators indicators =
        new Indicators(
            Period.year(2017),
            1,
            0,
            3,
            Map.of(Background.DUTCH_ORIGIN, 1L),
            0,
            List.of(),
            0,
            0,
            0,
            0,
            OptionalDouble.empty());

    assertThat(indicators.familiesByBackground())
        .containsExactly(
            Map.entry(Background.DUTCH_ORIGIN, 1L),
            Map.entry(Background.MIGRANT_BACKGROUND, 0L),
            Map.entry(Background.NOT_RECORDED, 0L));
    assertThatThrownBy(
            () ->
                new Indicators(
                    Period.year(2017),
                    -1,
                    0,
                    0,
                    Map.of(),
                    0,
                    List.of(),
                    0,
                    0,
                    0,
                    0,
                    OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
