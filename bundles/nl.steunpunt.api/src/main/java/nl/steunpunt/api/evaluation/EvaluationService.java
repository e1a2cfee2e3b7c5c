package nl.steunpunt.api.evaluation;

import java.util.List;
import nl.steunpunt.api.access.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The programme's indicators, as aggregates. Every call needs {@code READ} on {@code
 * EVALUATION_AGGREGATES} and is audited.
 *
 * @since 0.1
 */
@ProviderType
public interface EvaluationService {

  /**
   * Computes the indicators of a period.
   *
   * @param actor who asks
   * @param period the period
   * @return the raw counts of the period (not suppressed)
   * @throws nl.steunpunt.api.common.AccessDeniedException when the actor may not read evaluation
   *     aggregates
   */
  Indicators indicators(Actor actor, Period period);

  /**
   * Computes the indicators of each calendar year, in one audited call.
   *
   * @param actor who asks
   * @param fromYear the first year
   * @param toYear the last year, included; at most 50 years after {@code fromYear}
   * @return the indicators of each year, oldest first
   * @throws nl.steunpunt.api.common.ValidationException when {@code toYear} is before {@code
   *     fromYear} or the range is longer than 50 years
   * @throws nl.steunpunt.api.common.AccessDeniedException when the actor may not read evaluation
   *     aggregates
   */
  List<Indicators> yearly(Actor actor, int fromYear, int toYear);

  /**
   * Computes the indicators of each calendar year for an export that leaves the platform: the
   * figures of {@link #yearly}, but decided and audited as an {@code EXPORT} of the aggregates,
   * naming the years and the format. Whoever calls this publishes the figures and must suppress
   * small counts first.
   *
   * @param actor who exports
   * @param fromYear the first year
   * @param toYear the last year, included; at most 50 years after {@code fromYear}
   * @param format the form the figures leave in, for the audit log
   * @return the indicators of each year, oldest first
   * @throws nl.steunpunt.api.common.ValidationException when the years are wrong as for {@link
   *     #yearly} or the format is missing
   * @throws nl.steunpunt.api.common.AccessDeniedException when the actor may not export evaluation
   *     aggregates
   */
  List<Indicators> export(Actor actor, int fromYear, int toYear, ExportFormat format);
}
