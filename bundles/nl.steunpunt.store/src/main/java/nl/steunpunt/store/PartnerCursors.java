package nl.steunpunt.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The position of event delivery per partner. Changes that a node may only make while it delivers
 * to the partner name the lease owner, and change nothing when another node holds the lease.
 */
@ProviderType
public interface PartnerCursors {

  Optional<PartnerCursor> find(String partnerId);

  /**
   * The partner's cursor, created at {@code startSequence} when it has none yet. Two nodes creating
   * it at once may make one of them fail (the primary key); it then finds the other's next time.
   */
  PartnerCursor findOrCreate(String partnerId, long startSequence, Instant now);

  /**
   * Moves the cursor from {@code fromSequence} forward to {@code toSequence} and clears the
   * failures, if the owner still holds the lease and the cursor is still at {@code fromSequence}.
   *
   * @return whether it moved; never backwards
   */
  boolean advance(String partnerId, String owner, long fromSequence, long toSequence, Instant now);

  /**
   * Counts a failed delivery, keeping the error (truncated to 500 characters) and when to try
   * again, if the owner still holds the lease.
   *
   * @return whether it was recorded
   */
  boolean failed(String partnerId, String owner, String error, Instant nextAttempt, Instant now);

  /**
   * Takes or renews the lease to deliver to the partner until {@code until}: granted when nobody
   * holds it, it ran out before {@code now}, or the owner already holds it. One atomic update, so
   * of two nodes asking at once only one gets it.
   *
   * @return whether the owner holds the lease now
   */
  boolean lease(String partnerId, String owner, Instant now, Instant until);

  /**
   * The operator's move of the cursor to {@code sequence}, backwards or forwards; clears the
   * failures, the last error and the back-off, and leaves the lease alone. Safe while a node
   * delivers: each of its moves is conditioned on the cursor being where it read it ({@link
   * #advance}), so after this one it moves nothing, and its next step starts from here.
   *
   * @return whether the partner has a cursor (nothing changes when it has none)
   */
  boolean moveTo(String partnerId, long sequence, Instant now);

  /** Gives the lease up, if the owner holds it, so another node can take over at once. */
  void release(String partnerId, String owner, Instant now);

  /** Every partner's cursor, by partner id. */
  List<PartnerCursor> list();
}
