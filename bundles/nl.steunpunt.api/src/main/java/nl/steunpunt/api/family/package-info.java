/**
 * Families and their members: the unit of support.
 *
 * <p>A family is known by a pseudonymous reference ({@code F-2026-0042}), never by a surname. A
 * member's whereabouts are never overwritten silently: every change is an event on the family's
 * trajectory.
 *
 * <p>A trajectory is of a family, so {@code nl.steunpunt.api.trajectory} uses this package and this
 * package uses nothing of it; since 2.0 a search by the trajectory's phase is {@code
 * TrajectoryService.familiesInPhase}.
 *
 * @since 0.1
 */
@Export
@Version("2.0.0")
package nl.steunpunt.api.family;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
