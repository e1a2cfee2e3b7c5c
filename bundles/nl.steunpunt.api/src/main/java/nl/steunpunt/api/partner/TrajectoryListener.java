package nl.steunpunt.api.partner;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of the events on trajectories that the partner may see. A partner bundle registers one as an
 * OSGi service (whiteboard pattern); the platform finds it, and delivers only if the bundle is on
 * the operator's allow-list and declares the partner it acts for.
 *
 * <p><b>Delivery guarantees.</b>
 *
 * <ul>
 *   <li><em>In order:</em> events arrive in increasing {@link PartnerEvent#sequence() sequence},
 *       one at a time, from one delivery thread per partner. The listener is never called
 *       concurrently for the same partner.
 *   <li><em>At least once:</em> the platform keeps the position of the last event delivered per
 *       partner, in its database, and moves it on after {@link #onEvent} returns. If the platform
 *       stops between the call and that moment, the event is delivered again. Handle events
 *       idempotently, for instance by remembering the highest sequence handled.
 *   <li><em>Catching up:</em> a partner that was stopped, failing or being updated receives the
 *       events it missed when its listener is back, from the kept position.
 *   <li><em>Isolated:</em> a slow or failing listener delays only its own partner, never the core
 *       or another partner.
 *   <li>A partner seen for the first time starts at the end of the log: it is not told of events
 *       recorded before it was first deployed, unless the operator configured otherwise.
 * </ul>
 *
 * <p><b>Failures.</b> Throwing from {@link #onEvent} means "not handled": the same event is
 * delivered again later, after a pause that doubles with each failure in a row (1 s, 2 s, 4 s, … up
 * to 5 minutes), and no later event is delivered before it. The number of failures and the
 * exception's type and message are shown to the operator, so the message must not contain personal
 * data; identifiers in it are blanked out.
 *
 * <p>Keep {@code onEvent} short: do the work, or put it in the partner's own records, and return.
 *
 * @since 0.1
 */
@ConsumerType
@FunctionalInterface
public interface TrajectoryListener {

  /**
   * Handles one event.
   *
   * @param event the event, as the partner may see it
   * @throws Exception when the event was not handled; it will be delivered again later
   */
  void onEvent(PartnerEvent event) throws Exception;
}
