package nl.steunpunt.store.jdbc.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import nl.steunpunt.api.audit.AuditEntry;

/**
 * The hash chain of the audit log: each seal's hash covers the hash before it, its position in the
 * chain and every field of the entry it seals, so that changing, removing or reordering an entry
 * shows at that entry.
 *
 * <p>The hash is the lower-case hex SHA-256 of the UTF-8 bytes of the previous hash (64 hex digits;
 * 64 zeros before the first seal), followed by the position and then, for each field in the order
 * of {@link AuditEntry} from {@code sequence} to {@code detail}, each as {@code |} and either
 * {@code -} (absent) or the value's UTF-8 byte length, {@code :} and the value. Values: the
 * position and sequence in decimal, {@code at} as {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ} in UTC, enums
 * by name, ids in lower-case UUID form, text as is. The length prefix makes the form unambiguous
 * whatever the text holds.
 *
 * <p>Both databases store timestamps to the microsecond: the moment is truncated to that before it
 * is stored, so that what is read back, and hashed, is what was appended.
 */
final class AuditChain {

  /** The hash before the first seal. */
  static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  /** The entry as it is written: its moment as stored, no sequence and no hash yet. */
  static AuditEntry written(AuditEntry entry) {
    return with(entry, 0, entry.at().truncatedTo(ChronoUnit.MICROS), Optional.empty());
  }

  /**
   * Computes the hash of the seal at a position, after the given hash; the entry's own hash is not
   * used.
   */
  static String hash(String previousHash, long position, AuditEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    out.writeBytes(previousHash.getBytes(StandardCharsets.UTF_8));
    field(out, Long.toString(position));
    field(out, Long.toString(e.sequence()));
    field(out, AT.format(e.at()));
    field(out, e.user());
    field(out, e.roles());
    field(out, e.organisation());
    field(out, e.onBehalfOf());
    field(out, e.channel());
    field(out, e.action().name());
    field(out, e.objectType());
    field(out, e.objectId());
    field(out, e.familyId().map(Object::toString));
    field(out, e.memberId().map(Object::toString));
    field(out, e.category().map(Enum::name));
    field(out, e.outcome().name());
    field(out, e.purpose().name());
    field(out, e.clientAddress());
    field(out, e.breakGlass().map(Object::toString));
    field(out, e.detail());
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static void field(ByteArrayOutputStream out, Optional<String> value) {
    if (value.isEmpty()) {
      out.writeBytes("|-".getBytes(StandardCharsets.UTF_8));
    } else {
      field(out, value.get());
    }
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(("|" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
  }

  private static AuditEntry with(AuditEntry e, long sequence, Instant at, Optional<String> hash) {
    return new AuditEntry(
        sequence,
        at,
        e.user(),
        e.roles(),
        e.organisation(),
        e.onBehalfOf(),
        e.channel(),
        e.action(),
        e.objectType(),
        e.objectId(),
        e.familyId(),
        e.memberId(),
        e.category(),
        e.outcome(),
        e.purpose(),
        e.clientAddress(),
        e.breakGlass(),
        e.detail(),
        hash);
  }
}
