package nl.steunpunt.store.jdbc.internal;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The process {@link H2RecoveryTest} kills: plain H2 (no store), one connection, each insert its
 * own commit ({@code WRITE_DELAY 0}), printing each row's number once its commit returned. An
 * update of a small table after each insert makes old chunks die, and {@code RETENTION_TIME 1000}
 * lets H2 reuse their space after a second (H2's default waits 45 s), so that new chunks land in
 * the middle of the file, where H2's quick recovery does not look ({@link H2Recovery}). Not 0: H2
 * says a lower retention "might be dangerous", and at 0 a chunk being written can overwrite one
 * that the last complete chunk still needs; one commit in about ninety kills was lost that way.
 *
 * <p>Arguments: the JDBC URL of the file; optionally a number of rows of bulk (4 KB each, committed
 * a thousand at a time) to write first, to make the file large.
 */
public final class H2CommitWriter {

  private H2CommitWriter() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(args[0] + ";WRITE_DELAY=0;RETENTION_TIME=1000", "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS row_written(id BIGINT PRIMARY KEY, pad VARCHAR)");
      statement.execute("CREATE TABLE IF NOT EXISTS churn(id INT PRIMARY KEY, pad VARCHAR)");
      long next;
      try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM row_written")) {
        rs.next();
        next = rs.getLong(1) + 1;
      }
      statement.execute("CREATE TABLE IF NOT EXISTS bulk(id BIGINT PRIMARY KEY, pad VARCHAR)");
      if (args.length > 1) {
        bulk(connection, Long.parseLong(args[1]));
      }
      PreparedStatement insert =
          connection.prepareStatement("INSERT INTO row_written VALUES(?, ?)");
      PreparedStatement churn = connection.prepareStatement("MERGE INTO churn VALUES(?, ?)");
      String pad = "x".repeat(300);
      Random random = new Random();
      PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
      out.println("open");
      out.flush();
      for (long id = next; ; id++) {
        insert.setLong(1, id);
        insert.setString(2, pad);
        insert.executeUpdate();
        out.println(id);
        out.flush();
        churn.setInt(1, random.nextInt(2000));
        churn.setString(2, pad);
        churn.executeUpdate();
      }
    }
  }

  private static void bulk(Connection connection, long rows) throws Exception {
    connection.setAutoCommit(false);
    String pad = "b".repeat(4000);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bulk VALUES(?, ?)")) {
      for (long id = 1; id <= rows; id++) {
        insert.setLong(1, id);
        insert.setString(2, pad + id);
        insert.addBatch();
        if (id % 1000 == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
    connection.setAutoCommit(true);
  }

  /**
   * Runs this writer as a child JVM on the test class path until it acknowledged its first row,
   * lets it write for the given time, kills it ({@code SIGKILL}), and returns every row it
   * acknowledged, the last lines read after the kill too.
   */
  static List<Long> runAndKill(String url, long millis, long bulkRows) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                H2CommitWriter.class.getName(),
                url));
    if (bulkRows > 0) {
      command.add(Long.toString(bulkRows));
    }
    Process writer =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Long> acknowledged = new CopyOnWriteArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      Thread reader =
          new Thread(
              () -> {
                try {
                  String line;
                  while ((line = out.readLine()) != null) {
                    if (!line.equals("open")) {
                      acknowledged.add(Long.parseLong(line));
                    }
                  }
                } catch (IOException | NumberFormatException e) {
                  // the pipe closes when the writer dies
                }
              });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (acknowledged.isEmpty() && writer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(millis);
      // SIGKILL through the handle, which leaves the pipe open so that the last lines are read.
      writer.toHandle().destroyForcibly();
      if (!writer.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the writer did not die within 30 s of SIGKILL");
      }
      reader.join(TimeUnit.SECONDS.toMillis(30));
    } finally {
      writer.destroyForcibly();
    }
    return acknowledged;
  }

  /** The rows the file holds now. */
  static Set<Long> rows(String url) throws Exception {
    Set<Long> rows = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS row_written(id BIGINT PRIMARY KEY, pad VARCHAR)");
      try (ResultSet rs = statement.executeQuery("SELECT id FROM row_written")) {
        while (rs.next()) {
          rows.add(rs.getLong(1));
        }
      }
    }
    return rows;
  }
}
