package nl.steunpunt.api.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of checking the audit log's hash chain from its first entry to its last.
 *
 * @param intact whether every entry matches its hash and links to the one before
 * @param checked how many entries were checked
 * @param firstBroken the sequence of the first entry that does not match, if any
 * @param problem what is wrong with it, if anything
 * @since 0.1
 */
public record ChainVerification(
    boolean intact, long checked, OptionalLong firstBroken, Optional<String> problem) {

  /** Creates the outcome. */
  public ChainVerification {
    Objects.requireNonNull(firstBroken, "firstBroken");
    Objects.requireNonNull(problem, "problem");
  }
}
