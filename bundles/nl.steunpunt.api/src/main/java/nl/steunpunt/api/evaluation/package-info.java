/**
 * The programme's evaluation: indicators as aggregates, never a person.
 *
 * <p>{@link nl.steunpunt.api.evaluation.EvaluationService} computes the {@link
 * nl.steunpunt.api.evaluation.Indicators} of a {@link nl.steunpunt.api.evaluation.Period} in the
 * database, with SQL aggregates: no record about a family or a member leaves the core to compute
 * them. Only an actor allowed to read {@code EVALUATION_AGGREGATES} (the evaluator; through the
 * partner channel, an evaluation partner with that grant) gets them, and every call is audited.
 *
 * <p>The counts are raw. Suppressing small counts (1 to 4 shown as {@code <5}, with complementary
 * suppression) is the job of the export that publishes them, not of this API.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
