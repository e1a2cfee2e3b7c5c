package nl.steunpunt.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import org.osgi.annotation.versioning.ProviderType;

/** Trajectories, with their team and partners. */
@ProviderType
public interface TrajectoryRecords {

  /**
   * Stores a new trajectory.
   *
   * @param trajectory the trajectory
   */
  void insert(Trajectory trajectory);

  /**
   * Reads a trajectory.
   *
   * @param id the id
   * @return the trajectory, or empty
   */
  Optional<Trajectory> find(UUID id);

  /**
   * Reads the trajectory of a family.
   *
   * @param familyId the family
   * @return the trajectory, or empty
   */
  Optional<Trajectory> ofFamily(UUID familyId);

  /**
   * Replaces a trajectory (phase, team, partners) if it is still at the expected version.
   *
   * @param trajectory the new state; its version must be {@code expectedVersion + 1}
   * @param expectedVersion the version the change was based on
   * @return false when the trajectory is at another version
   */
  boolean update(Trajectory trajectory, long expectedVersion);

  /**
   * Lists the staff known from team assignments, the latest assignment of each user.
   *
   * @return one assignment per user
   */
  List<TeamAssignment> knownStaff();
}
