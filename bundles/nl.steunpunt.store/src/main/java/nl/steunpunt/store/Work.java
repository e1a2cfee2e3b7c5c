package nl.steunpunt.store;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work done in one transaction.
 *
 * @param <T> the result
 */
@ConsumerType
@FunctionalInterface
public interface Work<T> {
  /**
   * Does the work.
   *
   * @param session the records, inside the transaction
   * @return the result
   */
  T run(StoreSession session);
}
