package nl.steunpunt.store;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.trajectory.CriticalMoment;
import org.osgi.annotation.versioning.ProviderType;

/** Critical moments of trajectories. */
@ProviderType
public interface CriticalMomentRecords {

  void insert(CriticalMoment moment);

  /** The moments of a trajectory, oldest first. */
  List<CriticalMoment> ofTrajectory(UUID trajectoryId);
}
