package nl.steunpunt.core.internal.partner.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * Where delivery to one partner stands, for the operator's commands and health.
 *
 * @param partnerId the partner
 * @param cursor the last sequence delivered or passed over
 * @param backlog how many sequence numbers lie beyond it (the log's last sequence minus the cursor;
 *     an upper bound on the events still to look at)
 * @param failures failed deliveries in a row
 * @param lastError the last failure's type and message, identifiers blanked out
 * @param nextAttempt when delivery is tried again after a failure
 * @param leaseOwner the node delivering, if any holds the lease
 */
public record DeliveryStatus(
    String partnerId,
    long cursor,
    long backlog,
    int failures,
    Optional<String> lastError,
    Optional<Instant> nextAttempt,
    Optional<String> leaseOwner) {}
