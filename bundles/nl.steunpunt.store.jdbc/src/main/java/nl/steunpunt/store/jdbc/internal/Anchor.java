package nl.steunpunt.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One anchor of the audit chain: the head of the chain (its position and hash) at a moment, signed
 * with the anchor key, and linked to the anchor before it. Stored as one line of text: {@code
 * number at position hash previous key signature}, separated by single spaces; {@code previous} is
 * the SHA-256 of the line before (64 zeros for the first), {@code key} the signing key's id, and
 * the signature (Ed25519, base64) covers the line up to and without the space before it.
 */
record Anchor(
    long number,
    Instant at,
    long position,
    String hash,
    String previous,
    String keyId,
    String signature) {

  /** What the first anchor links to. */
  static final String FIRST = AuditChain.GENESIS;

  /** The part of the line the signature covers. */
  String signed() {
    return number + " " + at + " " + position + " " + hash + " " + previous + " " + keyId;
  }

  /** The anchor as its line. */
  String line() {
    return signed() + " " + signature;
  }

  /** The SHA-256 of the line, which the next anchor names as its previous. */
  String digest() {
    return digest(line());
  }

  static String digest(String line) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Reads a line; empty when it is not an anchor's line at all. */
  static Optional<Anchor> parse(String line) {
    String[] fields = line.split(" ");
    if (fields.length != 7) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Anchor(
              Long.parseLong(fields[0]),
              Instant.parse(fields[1]),
              Long.parseLong(fields[2]),
              fields[3],
              fields[4],
              fields[5],
              fields[6]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
