package nl.steunpunt.store;

import java.util.List;
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

  /**
   * Reads the events after a sequence, in sequence order, each with its family: for delivery to
   * partners.
   *
   * @param sequence the last sequence already handled
   * @param limit at most this many
   * @return the events, oldest first
   */
  List<FamilyEvent> after(long sequence, int limit);

  /**
   * The highest sequence in the log.
   *
   * @return it, or 0 when the log is empty
   */
  long lastSequence();
}
