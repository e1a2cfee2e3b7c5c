package nl.steunpunt.store.jdbc;

import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Event;
import org.osgi.annotation.versioning.ProviderType;

/** The append-only event log: events can be added and read, never changed or removed. */
@ProviderType
public interface EventLog {

  /**
   * Appends an event; the store gives it its sequence.
   *
   * @param event the event; its sequence is ignored
   * @return the stored event, with its sequence
   */
  Event append(Event event);

  /**
   * Reads one event.
   *
   * @param sequence the sequence
   * @return the event, or empty
   */
  Optional<Event> find(long sequence);

  /**
   * Reads a trajectory's events, oldest first.
   *
   * @param trajectoryId the trajectory
   * @param page the page
   * @return the page
   */
  Page<Event> ofTrajectory(UUID trajectoryId, PageRequest page);
}
