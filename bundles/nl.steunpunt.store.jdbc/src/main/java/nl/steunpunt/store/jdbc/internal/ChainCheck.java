package nl.steunpunt.store.jdbc.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.ChainVerification;

/**
 * Checks the audit log's seals one at a time, in position order, so that a log of any length is
 * verified without holding it: positions contiguous from 1, each seal linked to the hash of the one
 * before, its entry still there and matching its hash, the seal's copy of the entry's searched
 * fields equal to the entry's, and the chain ending where the head says. Keeps the first problem,
 * named by the sequence of the entry it concerns, and stops there.
 *
 * <p>The walk is bounded by the head read before it: a sealer running meanwhile adds seals beyond
 * it, which this check does not see (both databases read committed).
 */
final class ChainCheck {

  /** The end of the chain as {@code audit_head} records it. */
  record Head(long lastPosition, String lastHash) {}

  /**
   * A seal as stored, with its copy of the entry's searched columns, and the entry it seals: empty
   * when that entry is gone.
   */
  record Seal(
      long position,
      long sequence,
      String previousHash,
      String hash,
      Copy copy,
      Optional<AuditEntry> entry) {}

  /** The columns a seal copies from its entry, for the searches: not hashed, checked equal. */
  record Copy(Optional<UUID> familyId, Optional<UUID> memberId, String user) {

    /** The copy a seal of the entry holds. */
    static Copy of(AuditEntry entry) {
      return new Copy(entry.familyId(), entry.memberId(), entry.user());
    }
  }

  private final Head head;
  private final Map<Long, Anchor> anchored;
  private long checked;
  private long previous;
  private String previousHash = AuditChain.GENESIS;
  private OptionalLong firstBroken = OptionalLong.empty();
  private String problem;

  /**
   * Starts a check.
   *
   * @param head the head, read before the first seal: the walk ends at its position
   */
  ChainCheck(Head head) {
    this(head, List.of());
  }

  /**
   * Starts a check against anchors too: the seal at each anchored position must have the anchored
   * hash, and the chain must reach the last anchored position.
   */
  ChainCheck(Head head, List<Anchor> anchors) {
    this.head = head;
    this.anchored = new HashMap<>();
    anchors.forEach(anchor -> anchored.put(anchor.position(), anchor));
  }

  /**
   * Checks the next seal.
   *
   * @return false when the chain is broken here, and the rest need not be read
   */
  boolean next(Seal seal) {
    long position = seal.position();
    long sequence = seal.sequence();
    checked++;
    if (position != previous + 1) {
      return broken(
          sequence,
          "entry "
              + sequence
              + " is sealed at position "
              + position
              + ", after position "
              + previous
              + ": the seals in between are missing");
    }
    if (!seal.previousHash().equals(previousHash)) {
      return broken(sequence, "entry " + sequence + " does not link to the entry before it");
    }
    if (seal.entry().isEmpty()) {
      return broken(sequence, "entry " + sequence + " was deleted");
    }
    if (!AuditChain.hash(previousHash, position, seal.entry().get()).equals(seal.hash())) {
      return broken(sequence, "entry " + sequence + " does not match its hash");
    }
    if (!seal.copy().equals(Copy.of(seal.entry().get()))) {
      return broken(
          sequence, "entry " + sequence + " does not match its seal's copy of its searched fields");
    }
    Anchor anchor = anchored.get(position);
    if (anchor != null && !anchor.hash().equals(seal.hash().strip())) {
      return broken(
          sequence,
          "the chain was rewritten: entry "
              + sequence
              + ", sealed at position "
              + position
              + ", does not match anchor "
              + anchor.number()
              + " of "
              + anchor.at());
    }
    if (position == head.lastPosition() && !seal.hash().equals(head.lastHash())) {
      return broken(sequence, "entry " + sequence + " does not match the head of the log");
    }
    previous = position;
    previousHash = seal.hash();
    return true;
  }

  /** Whether no problem was found so far. */
  boolean intact() {
    return problem == null;
  }

  /** Records a problem found outside the walk, unless one was found before. */
  void broken(OptionalLong sequence, String what) {
    if (problem == null) {
      firstBroken = sequence;
      problem = what;
    }
  }

  /**
   * Ends the check: the walk must have reached the head's position.
   *
   * @return the outcome
   */
  ChainVerification end() {
    anchored.values().stream()
        .filter(anchor -> anchor.position() > previous)
        .min(Comparator.comparingLong(Anchor::number))
        .ifPresent(
            anchor ->
                broken(
                    OptionalLong.empty(),
                    "the chain's tail was cut: anchor "
                        + anchor.number()
                        + " of "
                        + anchor.at()
                        + " names position "
                        + anchor.position()
                        + ", the chain ends at position "
                        + previous));
    if (problem == null && previous < head.lastPosition()) {
      broken(
          OptionalLong.empty(),
          "the seals after position "
              + previous
              + " are missing: the head of the log names position "
              + head.lastPosition());
    }
    return problem == null
        ? new ChainVerification(true, checked, OptionalLong.empty(), Optional.empty())
        : new ChainVerification(false, checked, firstBroken, Optional.of(problem));
  }

  private boolean broken(long sequence, String what) {
    broken(OptionalLong.of(sequence), what);
    return false;
  }
}
