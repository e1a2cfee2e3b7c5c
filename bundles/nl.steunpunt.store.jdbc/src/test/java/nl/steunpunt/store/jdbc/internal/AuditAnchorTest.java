package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.ChainVerification;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain's anchors, on an H2 file store: signed heads outside the database name a cut
 * tail, a reset head, a rewritten chain, a forged or removed anchor, and entries no anchor covers.
 * The tampering is done the way an intruder with the database's password would: with SQL, hashes
 * recomputed.
 */
class AuditAnchorTest {

  @TempDir Path folder;
  private String url;
  private Path anchorFile;
  private JdbcStore store;

  @BeforeEach
  void open() throws Exception {
    url = "jdbc:h2:file:" + folder.resolve("db").resolve("steunpunt").toAbsolutePath();
    anchorFile = folder.resolve("data").resolve(Anchors.FILE);
    store = openStore();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private JdbcStore openStore() throws Exception {
    return new JdbcStore(
        new OsgiDataSourceFactory(Driver.load()),
        url,
        "steunpunt",
        "",
        new JdbcStore.Options(
            2,
            "",
            "",
            50,
            true,
            true,
            Optional.of(
                new JdbcStore.Anchoring(folder.resolve("etc"), anchorFile, Duration.ofHours(1)))));
  }

  /** Writes entries written now, closes the store (which seals and anchors), opens it again. */
  private void writeAndRestart(int entries) throws Exception {
    store.write(
        s -> {
          for (int i = 0; i < entries; i++) {
            s.audit()
                .append(
                    AuditContract.entry(
                        "counsellor", Instant.now(), Optional.empty(), Optional.empty()));
          }
          return null;
        });
    store.close();
    store = openStore();
  }

  private ChainVerification verify() {
    return store.read(s -> s.audit().verify());
  }

  private List<String> anchorLines() throws Exception {
    return Files.readAllLines(anchorFile, StandardCharsets.UTF_8);
  }

  @Test
  void theHeadIsAnchoredSignedWhenTheStoreClosesAndTheChainVerifiesAgainstIt() throws Exception {
    writeAndRestart(5);
    writeAndRestart(3);

    List<String> lines = anchorLines();
    assertThat(lines).hasSize(2);
    Anchor last = Anchor.parse(lines.get(1)).orElseThrow();
    assertThat(last.number()).isEqualTo(2);
    assertThat(last.position()).isEqualTo(8);
    assertThat(last.previous()).isEqualTo(Anchor.digest(lines.get(0)));
    assertThat(Files.readString(folder.resolve("etc").resolve(AnchorKeys.PUBLIC_KEY))).isNotBlank();
    ChainVerification verification = verify();
    assertThat(verification.intact()).as(verification.problem().orElse("")).isTrue();
    assertThat(verification.checked()).isEqualTo(8);
  }

  @Test
  void aTailCutAfterItsAnchorWithTheHeadResetIsNamed() throws Exception {
    writeAndRestart(6);

    // Cut the last three entries and their seals, and set the head to the entry before them.
    sql("DELETE FROM audit_seal WHERE position > 3");
    sql("DELETE FROM audit_entry WHERE sequence NOT IN (SELECT sequence FROM audit_seal)");
    sql(
        "UPDATE audit_head SET last_position = 3,"
            + " last_hash = (SELECT hash FROM audit_seal WHERE position = 3)");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem().orElseThrow())
        .contains("tail was cut")
        .contains("anchor 1")
        .contains("position 6")
        .contains("ends at position 3");
  }

  @Test
  void aChainRewrittenWithItsHashesRecomputedIsNamedAtTheAnchor() throws Exception {
    writeAndRestart(4);

    // Change what entry 2 says and recompute every hash from there: the chain alone is consistent.
    sql("UPDATE audit_entry SET user_name = 'someone-else' WHERE sequence = 2");
    sql("UPDATE audit_seal SET user_name = 'someone-else' WHERE sequence = 2");
    rechainFrom(2);

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem().orElseThrow()).contains("rewritten").contains("anchor 1");
  }

  @Test
  void aHeadResetBackOverSealsStillThereIsNamed() throws Exception {
    writeAndRestart(4);

    sql(
        "UPDATE audit_head SET last_position = 2,"
            + " last_hash = (SELECT hash FROM audit_seal WHERE position = 2)");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem().orElseThrow()).contains("beyond the head");
  }

  @Test
  void anAnchorSignedWithAnotherKeyIsNamedForged() throws Exception {
    writeAndRestart(2);
    Anchor genuine = Anchor.parse(anchorLines().get(0)).orElseThrow();
    var otherKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Anchor forged =
        new Anchor(2, Instant.now(), 1, genuine.hash(), genuine.digest(), genuine.keyId(), "");
    java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
    signer.initSign(otherKey.getPrivate());
    signer.update(forged.signed().getBytes(StandardCharsets.UTF_8));
    String signature = java.util.Base64.getEncoder().encodeToString(signer.sign());
    Files.writeString(
        anchorFile,
        forged.line() + signature + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem().orElseThrow()).contains("anchor 2 is forged");
  }

  @Test
  void anAnchorWhosePositionWasEditedIsNamedForged() throws Exception {
    writeAndRestart(3);
    String line = anchorLines().get(0);
    Anchor genuine = Anchor.parse(line).orElseThrow();
    Files.writeString(
        anchorFile,
        line.replaceFirst(" " + genuine.position() + " ", " 2 ") + "\n",
        StandardCharsets.UTF_8);

    assertThat(verify().problem().orElseThrow()).contains("anchor 1 is forged");
  }

  @Test
  void anAnchorRemovedFromTheMiddleOfTheFileIsNamedMissing() throws Exception {
    writeAndRestart(1);
    writeAndRestart(1);
    writeAndRestart(1);
    List<String> lines = new ArrayList<>(anchorLines());
    lines.remove(1);
    Files.write(anchorFile, lines, StandardCharsets.UTF_8);

    assertThat(verify().problem().orElseThrow()).contains("anchor 2 is missing");
  }

  @Test
  void entriesOlderThanTheAnchoringAllowsThatNoAnchorCoversAreNamed() throws Exception {
    writeAndRestart(2);
    // Sealed after the last anchor, written long before: the anchors that covered them are gone.
    store.write(
        s -> {
          s.audit()
              .append(
                  AuditContract.entry(
                      "counsellor",
                      Instant.now().minus(Duration.ofHours(3)),
                      Optional.empty(),
                      Optional.empty()));
          return null;
        });

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem().orElseThrow()).contains("an anchor is missing");
  }

  @Test
  void noAnchorIsMadeOverAChainThatNoLongerMatchesTheLastAnchor() throws Exception {
    writeAndRestart(3);
    sql("UPDATE audit_entry SET user_name = 'someone-else' WHERE sequence = 1");
    sql("UPDATE audit_seal SET user_name = 'someone-else' WHERE sequence = 1");
    rechainFrom(1);
    store.write(
        s -> {
          s.audit()
              .append(
                  AuditContract.entry(
                      "counsellor", Instant.now(), Optional.empty(), Optional.empty()));
          return null;
        });

    store.close();
    store = null;

    assertThat(anchorLines()).hasSize(1);
  }

  private void sql(String statement) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "steunpunt", "");
        Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  /** Recomputes the seals from a position on, and the head, as an intruder who knows how would. */
  private void rechainFrom(long position) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "steunpunt", "")) {
      String previous;
      try (PreparedStatement p =
          connection.prepareStatement("SELECT hash FROM audit_seal WHERE position = ?")) {
        p.setLong(1, position - 1);
        try (ResultSet rs = p.executeQuery()) {
          previous = rs.next() ? rs.getString(1) : AuditChain.GENESIS;
        }
      }
      List<long[]> seals = new ArrayList<>();
      try (PreparedStatement p =
          connection.prepareStatement(
              "SELECT position, sequence FROM audit_seal WHERE position >= ? ORDER BY position")) {
        p.setLong(1, position);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            seals.add(new long[] {rs.getLong(1), rs.getLong(2)});
          }
        }
      }
      for (long[] seal : seals) {
        AuditEntry entry;
        try (PreparedStatement p =
            connection.prepareStatement(
                "SELECT " + AuditRows.columns("e") + " FROM audit_entry e WHERE e.sequence = ?")) {
          p.setLong(1, seal[1]);
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            entry = AuditRows.entry(rs);
          }
        }
        String hash = AuditChain.hash(previous, seal[0], entry);
        try (PreparedStatement p =
            connection.prepareStatement(
                "UPDATE audit_seal SET prev_hash = ?, hash = ? WHERE position = ?")) {
          p.setString(1, previous);
          p.setString(2, hash);
          p.setLong(3, seal[0]);
          p.executeUpdate();
        }
        previous = hash;
      }
      try (PreparedStatement p =
          connection.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
        p.setString(1, previous);
        p.executeUpdate();
      }
    }
  }
}
