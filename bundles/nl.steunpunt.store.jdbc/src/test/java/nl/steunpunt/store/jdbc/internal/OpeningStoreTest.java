package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.store.FamilyFilter;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's store opens on its own thread; work waits for it, readiness reports it. */
class OpeningStoreTest {

  @TempDir Path folder;

  private JdbcStore open() throws SQLException {
    return new JdbcStore(
        new OsgiDataSourceFactory(Driver.load()),
        "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
        "sa",
        "",
        2);
  }

  @Test
  void workWaitsUntilTheStoreIsOpenAndReadinessSaysWhen() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    OpeningStore store =
        new OpeningStore(
            () -> {
              go.await();
              return open();
            });
    try {
      assertThat(store.ready()).isFalse();
      assertThat(store.describe()).startsWith("opening");

      go.countDown();
      long families =
          store.read(s -> s.families().search(FamilyFilter.ALL, PageRequest.FIRST).total());

      assertThat(families).isZero();
      assertThat(store.ready()).isTrue();
      assertThat(store.describe()).startsWith("H2");
    } finally {
      store.deactivate();
    }
  }

  @Test
  void aStoreThatCannotBeOpenedIsNeverReadyAndRefusesWork() {
    OpeningStore store =
        new OpeningStore(
            () -> {
              throw new SQLException("no database here");
            });

    assertThatThrownBy(() -> store.read(s -> 1)).hasMessageContaining("open the store");
    assertThat(store.ready()).isFalse();
    assertThat(store.describe())
        .isEqualTo("could not be opened; see the log")
        .doesNotContain("no database here");
    store.deactivate();
  }

  @Test
  void clusterModeRefusesTheEmbeddedH2AndSaysWhyWhereReadinessShowsIt() {
    String h2 = JdbcStore.urlOf("");
    OpeningStore store =
        new OpeningStore(
            () -> {
              throw OpeningStore.refusal(true, h2).orElseThrow();
            });

    assertThatThrownBy(() -> store.read(s -> 1)).hasMessageContaining("open the store");
    assertThat(store.ready()).isFalse();
    assertThat(store.describe())
        .isEqualTo("not opened: " + OpeningStore.CLUSTER_ON_H2)
        .contains("cluster mode needs PostgreSQL");
    store.deactivate();
  }

  @Test
  void clusterModeOpensOnPostgresqlAndASingleNodeOnH2() {
    assertThat(OpeningStore.refusal(true, "jdbc:postgresql://127.0.0.1:5432/steunpunt")).isEmpty();
    assertThat(OpeningStore.refusal(false, JdbcStore.urlOf(""))).isEmpty();
    assertThat(OpeningStore.refusal(true, "jdbc:h2:mem:x")).isPresent();
  }
}
