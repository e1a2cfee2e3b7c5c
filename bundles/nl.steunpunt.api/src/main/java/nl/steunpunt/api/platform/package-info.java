/**
 * The state of the platform as a whole: its version and whether every core component is up; and the
 * operator's administration of partners ({@link nl.steunpunt.api.platform.PartnerAdministration},
 * since 0.2); signals between the nodes of a cluster ({@link
 * nl.steunpunt.api.platform.ClusterSignals}) and the platform's metrics for the operator ({@link
 * nl.steunpunt.api.platform.PlatformMetrics}), since 0.5; the dev loop's allow-list entries ({@link
 * nl.steunpunt.api.platform.PartnerAdministration#allowForDevelopment}), since 1.0.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.platform;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
