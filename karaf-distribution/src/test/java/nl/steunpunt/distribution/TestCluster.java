package nl.steunpunt.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Two nodes in cluster mode on one fresh PostgreSQL schema, as {@code cluster.sh} runs them: each
 * an unpacked distribution in demo mode on its own ports ({@link KarafProcess}), started one after
 * the other (the first migrates and writes the demo data), with HAProxy in front ({@link Haproxy}).
 * Closing stops everything it started and drops the schema; the files stay only when asked to, for
 * a failed test's logs.
 */
final class TestCluster implements AutoCloseable {

  /** What a test sets in a node's {@code etc/} before it starts, beside the cluster's settings. */
  interface Settings {
    void apply(String name, KarafProcess node) throws IOException;
  }

  static final KarafProcess.Ports A_PORTS = KarafProcess.Ports.TEST;
  static final KarafProcess.Ports B_PORTS = KarafProcess.Ports.TEST.plus(1);

  private final TestDatabase database;
  private final Path folder;
  private final List<AutoCloseable> started = new ArrayList<>();
  private KarafProcess a;
  private KarafProcess b;
  private boolean keepFiles = true;

  private TestCluster(TestDatabase database, Path folder) {
    this.database = database;
    this.folder = folder;
  }

  static TestCluster start(String name, Settings settings) throws Exception {
    TestDatabase database = TestDatabase.postgres(name);
    Path target = Path.of(System.getProperty("project.build.directory"));
    TestCluster cluster =
        new TestCluster(
            database, target.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8)));
    try {
      cluster.a = cluster.node("a", A_PORTS, settings);
      cluster.b = cluster.node("b", B_PORTS, settings);
      cluster.a.start();
      cluster.b.start();
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  private KarafProcess node(String name, KarafProcess.Ports ports, Settings settings)
      throws Exception {
    KarafProcess node = KarafProcess.unpack(folder.resolve(name), true, ports);
    started.add(node);
    database.configure(node);
    node.set("nl.steunpunt.store.cfg", "cluster", "true");
    node.set("nl.steunpunt.partners.delivery.cfg", "node", "node-" + name);
    node.set("nl.steunpunt.partners.sync.cfg", "node", "node-" + name);
    node.set("nl.steunpunt.web.proxies.cfg", "trustedProxies", "127.0.0.1");
    settings.apply(name, node);
    return node;
  }

  /** HAProxy on {@code port} in front of the given nodes' HTTP ports. */
  Haproxy balance(String name, int port, List<Integer> nodes) throws Exception {
    Haproxy haproxy = Haproxy.start(folder.resolve(name), port, nodes);
    started.add(0, haproxy);
    return haproxy;
  }

  KarafProcess a() {
    return a;
  }

  KarafProcess b() {
    return b;
  }

  TestDatabase database() {
    return database;
  }

  Path folder() {
    return folder;
  }

  /** The files go when the cluster is closed: nothing failed that they would explain. */
  void passed() {
    keepFiles = false;
  }

  @Override
  public void close() throws Exception {
    Exception failed = null;
    for (AutoCloseable thing : started) {
      try {
        thing.close();
      } catch (Exception e) {
        failed = e;
      }
    }
    database.close();
    if (!keepFiles) {
      KarafProcess.remove(folder);
    }
    if (failed != null) {
      throw failed;
    }
  }
}
