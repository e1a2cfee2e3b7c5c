package nl.steunpunt.store.jdbc.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's anchors: now and then the sealed head of the chain (position and hash) is
 * signed with a key kept outside the database ({@link AnchorKeys}) and appended, flushed to the
 * disk, to a file outside the database and to the log. Whoever can change the database can rewrite
 * or cut the chain and its head, but cannot sign: the verification then finds the chain no longer
 * ends where, or as, an anchor says.
 *
 * <p>An anchor is only made over a chain that still matches the anchor before it, so that a chain
 * rewritten between two anchors is never signed; the refusal is an error in the log. Anchors are
 * numbered and each names the digest of the line before it, so that removing one from the middle of
 * the file shows; removing the last ones shows when the chain has entries older than the period
 * allows that no anchor covers.
 */
final class Anchors {

  /** The file of anchors, under the store's data folder. */
  static final String FILE = "audit-anchors.log";

  private static final Logger LOG = LoggerFactory.getLogger(Anchors.class);

  private final AnchorKeys keys;
  private final Path file;
  private final Duration period;
  private final Clock clock;
  // Guarded by this: whether an anchor was made (or found current) since the store opened.
  private boolean anchoredSinceOpen;
  // Guarded by this: the last anchor in the file, once it was read and checked whole when the
  // first anchor of this store was made; kept up to date by each append, so that anchoring does not
  // read and check every signature of a file that grows by a line a minute.
  private Optional<Anchor> lastWritten;

  Anchors(AnchorKeys keys, Path file, Duration period, Clock clock) {
    this.keys = keys;
    this.file = file;
    this.period = period;
    this.clock = clock;
  }

  /** How often the head is anchored. */
  Duration period() {
    return period;
  }

  /**
   * Anchors the head of the chain as sealed now, unless an anchor names it already.
   *
   * @return the anchor made, if one was
   */
  synchronized Optional<Anchor> anchor(DataSource database) {
    if (lastWritten == null) {
      Reading reading = read();
      if (reading.problem().isPresent()) {
        LOG.error(
            "The audit log was not anchored: the anchor file is not as it was written ({}). Run"
                + " steunpunt:audit-verify.",
            reading.problem().get());
        return Optional.empty();
      }
      lastWritten = reading.last();
    }
    Optional<Anchor> last = lastWritten;
    ChainCheck.Head head;
    Optional<String> lastHashNow;
    try (Connection connection = database.getConnection()) {
      connection.setReadOnly(true);
      Sql sql = new Sql(connection);
      head =
          sql.one("SELECT last_position, last_hash FROM audit_head WHERE id = 1", AuditSealer::head)
              .orElseThrow(() -> new IllegalStateException("the audit log has no head"));
      lastHashNow =
          last.isEmpty()
              ? Optional.empty()
              : sql.one(
                  "SELECT hash FROM audit_seal WHERE position = ?",
                  rs -> rs.getString(1),
                  last.get().position());
      connection.commit();
    } catch (SQLException e) {
      throw new StoreException("read the head of the audit log", e);
    }
    if (last.isPresent()
        && (head.lastPosition() < last.get().position()
            || !lastHashNow.equals(Optional.of(last.get().hash())))) {
      LOG.error(
          "The audit log was not anchored: the chain no longer matches anchor {} (position {}). Run"
              + " steunpunt:audit-verify.",
          last.get().number(),
          last.get().position());
      return Optional.empty();
    }
    anchoredSinceOpen = true;
    // An empty chain has nothing to anchor; an anchored head needs no second anchor.
    if (head.lastPosition() == last.map(Anchor::position).orElse(0L)) {
      return Optional.empty();
    }
    Anchor unsigned =
        new Anchor(
            last.map(a -> a.number() + 1).orElse(1L),
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            head.lastPosition(),
            head.lastHash().strip(),
            last.map(Anchor::digest).orElse(Anchor.FIRST),
            keys.keyId(),
            "");
    Anchor anchor =
        new Anchor(
            unsigned.number(),
            unsigned.at(),
            unsigned.position(),
            unsigned.hash(),
            unsigned.previous(),
            unsigned.keyId(),
            keys.sign(unsigned.signed()));
    append(anchor.line());
    lastWritten = Optional.of(anchor);
    LOG.info("Audit anchor {}", anchor.line());
    return Optional.of(anchor);
  }

  /**
   * Anchors the head, then runs the work while no anchor can be appended (a backup copying the
   * database and then the anchors).
   */
  synchronized void holding(DataSource database, Runnable work) {
    anchor(database);
    work.run();
  }

  /**
   * Copies the anchors and the public key that signs them into a backup folder.
   *
   * @return how many anchors were copied
   */
  synchronized long copyTo(Path folder, List<Path> copied) {
    try {
      Path anchors = folder.resolve(FILE);
      if (Files.exists(file)) {
        Files.copy(file, anchors);
      } else {
        Files.createFile(anchors);
      }
      copied.add(anchors);
      Path key = folder.resolve("audit-anchor-" + keys.keyId() + ".pub");
      Files.writeString(key, keys.publicKeyText(), StandardCharsets.UTF_8);
      copied.add(key);
      return read().anchors().size();
    } catch (IOException e) {
      throw new IllegalStateException("The audit anchors could not be copied to " + folder, e);
    }
  }

  private void append(String line) {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new IllegalStateException("The audit anchor could not be written to " + file, e);
    }
  }

  /**
   * The anchors as the file holds them, checked: each signed by a trusted key, numbered one after
   * the other, each naming the line before it.
   */
  synchronized Reading read() {
    List<String> lines;
    try {
      lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return new Reading(List.of(), Optional.of("the anchor file cannot be read"), false);
    }
    List<Anchor> anchors = new ArrayList<>();
    String previousLine = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<Anchor> parsed = Anchor.parse(line);
      if (parsed.isEmpty()) {
        return problem(anchors, "line " + (i + 1) + " of the anchor file is not an anchor");
      }
      Anchor anchor = parsed.get();
      Optional<Boolean> signed = keys.signedBy(anchor);
      if (signed.isEmpty()) {
        return problem(
            anchors,
            "anchor " + anchor.number() + " is signed with a key the platform does not know");
      }
      if (!signed.get()) {
        return problem(
            anchors, "anchor " + anchor.number() + " is forged: its signature does not match");
      }
      long expected = anchors.isEmpty() ? 1 : anchors.get(anchors.size() - 1).number() + 1;
      String previous = previousLine == null ? Anchor.FIRST : Anchor.digest(previousLine);
      if (anchor.number() != expected || !anchor.previous().equals(previous)) {
        return problem(
            anchors,
            "anchor "
                + expected
                + " is missing: anchor "
                + anchor.number()
                + " does not follow the anchor before it in the file");
      }
      anchors.add(anchor);
      previousLine = line;
    }
    return new Reading(anchors, Optional.empty(), anchoredSinceOpen);
  }

  private Reading problem(List<Anchor> anchors, String what) {
    return new Reading(List.copyOf(anchors), Optional.of(what), anchoredSinceOpen);
  }

  /**
   * Whether an entry written at the given moment should be covered by an anchor by now: once the
   * store anchored since it opened, anything older than two periods and a minute.
   */
  boolean overdue(Reading reading, Instant written) {
    return reading.anchoredSinceOpen()
        && written.isBefore(clock.instant().minus(period.multipliedBy(2)).minusSeconds(60));
  }

  /**
   * The anchors read from the file.
   *
   * @param anchors the anchors up to the first problem
   * @param problem what is wrong with the file, if anything
   * @param anchoredSinceOpen whether the store anchored since it opened
   */
  record Reading(List<Anchor> anchors, Optional<String> problem, boolean anchoredSinceOpen) {

    Optional<Anchor> last() {
      return anchors.isEmpty() ? Optional.empty() : Optional.of(anchors.get(anchors.size() - 1));
    }
  }
}
