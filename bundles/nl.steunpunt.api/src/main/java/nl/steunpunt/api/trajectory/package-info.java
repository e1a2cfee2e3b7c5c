/**
 * Trajectories: the support given to one family over time, its phases, team, timeline of events,
 * tasks and notes, and the referrals of members to therapy providers with the consent they were
 * made with.
 *
 * <p>Events are immutable facts with a global sequence; a correction is a new event that points at
 * the one it corrects.
 *
 * @since 0.1
 */
@Export
@Version("1.1.0")
package nl.steunpunt.api.trajectory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
