package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group commit's promise: a waiter returns only after a write that began after its commit. */
class GroupCommitTest {

  @TempDir Path folder;

  private JdbcDataSource h2(String user, String password) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
    h2.setUser(user);
    h2.setPassword(password);
    return h2;
  }

  @Test
  void concurrentCommitsAllReturnOnceWrittenAndShareWrites() throws Exception {
    GroupCommit commits = new GroupCommit(h2("steunpunt", ""));
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Long>> tickets = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        tickets.add(
            clients.submit(
                () -> {
                  long ticket = commits.committed();
                  commits.await(ticket);
                  return ticket;
                }));
      }
      for (Future<Long> ticket : tickets) {
        assertThat(ticket.get()).isPositive();
      }
      assertThat(commits.seen()).isEqualTo(2000);
      // Nothing is waited for when nothing was committed since the last write.
      commits.await(commits.seen());
    } finally {
      clients.shutdownNow();
      commits.close();
    }
  }

  @Test
  void aCommitThatCouldNotBeWrittenIsNotAcknowledged() throws Exception {
    try (Connection owner = h2("steunpunt", "").getConnection();
        Statement statement = owner.createStatement()) {
      statement.execute("CREATE USER plain PASSWORD 'plain'");
    }
    // CHECKPOINT needs admin rights: the writer's every write fails.
    GroupCommit commits = new GroupCommit(h2("plain", "plain"));
    try {
      long ticket = commits.committed();

      assertThatThrownBy(() -> commits.await(ticket))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("write the commit to the database file");
    } finally {
      commits.close();
    }
  }

  @Test
  void aWaiterAfterCloseIsToldTheStoreIsClosed() throws Exception {
    GroupCommit commits = new GroupCommit(h2("steunpunt", ""));
    commits.close();
    long ticket = commits.committed();

    assertThatThrownBy(() -> commits.await(ticket))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void h2sOwnWriterThreadsAreReachedOnTheEmbeddedDatabaseAndNothingElseIsTakenForIt()
      throws Exception {
    try (Connection embedded = h2("steunpunt", "").getConnection()) {
      GroupCommit.writerThreadsOf(embedded).run();
    }
    Connection other =
        (Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> null);

    assertThatThrownBy(() -> GroupCommit.writerThreadsOf(other))
        .isInstanceOf(java.sql.SQLException.class)
        .hasMessageContaining("embedded database");
  }
}
