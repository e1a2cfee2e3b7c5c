package nl.steunpunt.core.internal.access;

import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.trajectory.Trajectory;

/**
 * An allowed access to one family, with what was read to decide it.
 *
 * @param family the family
 * @param trajectory its trajectory
 * @param relationship what ties the actor to it
 * @param decision the decision
 */
public record Permit(
    Family family, Trajectory trajectory, Relationship relationship, Decision decision) {}
