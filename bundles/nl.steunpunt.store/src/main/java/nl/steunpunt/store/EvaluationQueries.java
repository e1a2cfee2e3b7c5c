package nl.steunpunt.store;

import java.time.ZoneId;
import nl.steunpunt.api.evaluation.Indicators;
import nl.steunpunt.api.evaluation.Period;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The evaluation's indicators, computed by the database with aggregates: no row about a family or a
 * member is read into Java to compute them.
 */
@ProviderType
public interface EvaluationQueries {

  /**
   * Computes the indicators of a period, each as {@link Indicators} defines it.
   *
   * @param period the period
   * @param zone where the period's days begin and end (Europe/Amsterdam for the platform)
   * @return the raw counts
   */
  Indicators indicators(Period period, ZoneId zone);
}
