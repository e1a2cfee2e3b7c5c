package nl.steunpunt.store.jdbc.internal;

import java.util.Optional;
import java.util.OptionalLong;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.ChainVerification;

/**
 * Checks the audit log's entries one at a time, in sequence order, so that a log of any length is
 * verified without holding it: sequences contiguous from 1, each entry linked to the hash of the
 * one before and matching its own hash, and the chain ending where the head says. Stops at the
 * first problem and names that entry.
 *
 * <p>The head is read before the entries and again after them: a concurrent writer may append
 * entries in between (both databases read committed), but never ones the head does not name.
 */
final class ChainCheck {

  /** The end of the chain as {@code audit_head} records it. */
  record Head(long lastSequence, String lastHash) {}

  /** An entry as stored, with the hash it claims to follow. */
  record Stored(AuditEntry entry, String previousHash) {}

  private final Head before;
  private long checked;
  private long previous;
  private String previousHash = AuditChain.GENESIS;
  private long firstBroken = -1;
  private String problem;

  /**
   * Starts a check.
   *
   * @param before the head, read before the first entry
   */
  ChainCheck(Head before) {
    this.before = before;
  }

  /**
   * Checks the next entry.
   *
   * @return false when the chain is broken here, and the rest need not be read
   */
  boolean next(Stored stored) {
    AuditEntry entry = stored.entry();
    long sequence = entry.sequence();
    checked++;
    if (sequence != previous + 1) {
      return broken(
          sequence,
          "entry " + sequence + " follows entry " + previous + ": entries in between are missing");
    }
    if (!stored.previousHash().equals(previousHash)) {
      return broken(sequence, "entry " + sequence + " does not link to the entry before it");
    }
    if (!AuditChain.hash(stored.previousHash(), entry).equals(entry.hash())) {
      return broken(sequence, "entry " + sequence + " does not match its hash");
    }
    if (sequence == before.lastSequence() && !entry.hash().equals(before.lastHash())) {
      return broken(sequence, "entry " + sequence + " does not match the head of the log");
    }
    previous = sequence;
    previousHash = entry.hash();
    return true;
  }

  /**
   * Ends the check.
   *
   * @param after the head, read after the last entry
   * @return the outcome
   */
  ChainVerification end(Head after) {
    if (problem == null && previous < before.lastSequence()) {
      broken(
          previous + 1,
          "entry "
              + (previous + 1)
              + " is missing: the head of the log names entry "
              + before.lastSequence());
    }
    if (problem == null && previous > after.lastSequence()) {
      broken(
          after.lastSequence() + 1,
          "entry "
              + (after.lastSequence() + 1)
              + " is beyond the head of the log, which names entry "
              + after.lastSequence());
    }
    return problem == null
        ? new ChainVerification(true, checked, OptionalLong.empty(), Optional.empty())
        : new ChainVerification(false, checked, OptionalLong.of(firstBroken), Optional.of(problem));
  }

  private boolean broken(long sequence, String what) {
    firstBroken = sequence;
    problem = what;
    return false;
  }
}
