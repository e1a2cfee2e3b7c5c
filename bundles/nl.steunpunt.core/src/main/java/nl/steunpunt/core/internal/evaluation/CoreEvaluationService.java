package nl.steunpunt.core.internal.evaluation;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.evaluation.ExportFormat;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import nl.steunpunt.core.internal.access.Allowed;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.validation.Check;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The indicators, computed by the store as aggregates, for whoever may read evaluation aggregates;
 * each call is one audited read of the category (or, for an export, one audited export), naming the
 * period, never a family.
 */
@Component(service = EvaluationService.class)
public final class CoreEvaluationService implements EvaluationService {

  static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  static final int MAX_YEARS = 50;
  private static final String INDICATORS = "indicators";

  private final Cases cases;

  @Activate
  public CoreEvaluationService(@Reference Cases cases) {
    this.cases = cases;
  }

  @Override
  public Indicators indicators(Actor actor, Period period) {
    Check check = new Check();
    check.present(period, "period");
    check.done();
    return cases.run(
        actor,
        g -> {
          return g.allow(
                  Action.READ,
                  DataCategory.EVALUATION_AGGREGATES,
                  INDICATORS,
                  Optional.of(period.from() + "/" + period.toExclusive()))
              .indicators(period, NETHERLANDS);
        });
  }

  @Override
  public List<Indicators> yearly(Actor actor, int fromYear, int toYear) {
    return years(actor, Action.READ, fromYear, toYear, "");
  }

  @Override
  public List<Indicators> export(Actor actor, int fromYear, int toYear, ExportFormat format) {
    if (format == null) {
      throw ValidationException.of("format", "is required");
    }
    return years(actor, Action.EXPORT, fromYear, toYear, " " + format.name().toLowerCase());
  }

  private List<Indicators> years(
      Actor actor, Action action, int fromYear, int toYear, String detail) {
    Check check = new Check();
    check.that(toYear >= fromYear, "toYear", "must not be before fromYear");
    check.that(toYear - fromYear < MAX_YEARS, "toYear", "at most " + MAX_YEARS + " years");
    check.that(fromYear >= 1900 && toYear <= 9999, "fromYear", "must be a year from 1900");
    check.done();
    return cases.run(
        actor,
        g -> {
          Allowed allowed =
              g.allow(
                  action,
                  DataCategory.EVALUATION_AGGREGATES,
                  INDICATORS,
                  Optional.of(fromYear + ".." + toYear + detail));
          return IntStream.rangeClosed(fromYear, toYear)
              .mapToObj(year -> allowed.indicators(Period.year(year), NETHERLANDS))
              .toList();
        });
  }
}
