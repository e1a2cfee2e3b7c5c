package nl.steunpunt.store.jdbc.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.steunpunt.api.family.Family;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * The process {@link KilledStoreTest} kills: opens the store on an H2 file and, on four threads
 * until it is killed, stores a family with an audit entry about it per transaction, printing each
 * family's id once its write returned (was acknowledged).
 *
 * <p>Arguments: the JDBC URL, whether commits are durable ({@code true}/{@code false}), and the
 * first reference number (so that several runs on one database never collide).
 */
public final class CrashWriter {

  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    boolean durable = Boolean.parseBoolean(args[1]);
    AtomicLong reference = new AtomicLong(Long.parseLong(args[2]));
    JdbcStore store =
        new JdbcStore(
            new OsgiDataSourceFactory(Driver.load()),
            url,
            "steunpunt",
            "",
            new JdbcStore.Options(4, "", "", 200, durable, true, Optional.empty()));
    System.out.println("open");
    System.out.flush();
    for (int i = 0; i < 4; i++) {
      Thread writer =
          new Thread(
              () -> {
                while (true) {
                  Family family =
                      StoreContract.family(
                          String.format("C%010d", reference.incrementAndGet()),
                          "0363",
                          StoreContract.NOW);
                  store.write(
                      s -> {
                        s.families().insert(family);
                        s.audit()
                            .append(
                                AuditContract.entry(
                                    "crash",
                                    Instant.now(),
                                    Optional.of(family.id()),
                                    Optional.empty()));
                        return null;
                      });
                  synchronized (System.out) {
                    System.out.println(family.id());
                    System.out.flush();
                  }
                }
              });
      writer.start();
    }
  }
}
