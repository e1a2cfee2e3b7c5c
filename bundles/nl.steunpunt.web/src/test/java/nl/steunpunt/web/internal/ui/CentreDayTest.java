package nl.steunpunt.web.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CentreDayTest {

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void aWinterEveningInUtcIsAlreadyTheNextDayInTheNetherlands() {
    CentreDay day = CentreDay.at(Instant.parse("2026-12-06T23:30:00Z"));

    assertThat(day.date()).isEqualTo("2026-12-07");
    assertThat(day.from()).isEqualTo(millis("2026-12-06T23:00:00Z"));
    assertThat(day.until()).isEqualTo(millis("2026-12-07T23:00:00Z"));
  }

  @Test
  void midnightInTheNetherlandsBelongsToTheDayItBegins() {
    assertThat(CentreDay.at(Instant.parse("2026-12-06T23:00:00Z")).date()).isEqualTo("2026-12-07");
    assertThat(CentreDay.at(Instant.parse("2026-12-06T22:59:59.999Z")).date())
        .isEqualTo("2026-12-06");
  }

  @Test
  void aSummerDayBeginsAtTwentyTwoHundredUtc() {
    CentreDay day = CentreDay.at(Instant.parse("2027-07-01T12:00:00Z"));

    assertThat(day.date()).isEqualTo("2027-07-01");
    assertThat(day.from()).isEqualTo(millis("2027-06-30T22:00:00Z"));
    assertThat(day.until()).isEqualTo(millis("2027-07-01T22:00:00Z"));
  }

  @Test
  void theDaysTheClocksChangeAreTwentyThreeAndTwentyFiveHoursLong() {
    CentreDay spring = CentreDay.at(Instant.parse("2027-03-28T12:00:00Z"));
    CentreDay autumn = CentreDay.at(Instant.parse("2027-10-31T12:00:00Z"));

    assertThat(spring.date()).isEqualTo("2027-03-28");
    assertThat(Duration.ofMillis(spring.until() - spring.from())).isEqualTo(Duration.ofHours(23));
    assertThat(autumn.date()).isEqualTo("2027-10-31");
    assertThat(Duration.ofMillis(autumn.until() - autumn.from())).isEqualTo(Duration.ofHours(25));
  }
}
