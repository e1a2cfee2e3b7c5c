package nl.steunpunt.distribution;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory of the Karaf JVM the benchmark runs in, after a forced full GC: resident set size as
 * the kernel counts it ({@code /proc/self/status} VmRSS), heap used and committed, metaspace used,
 * loaded classes, and how many of the class loaders of uninstalled bundle revisions are still
 * reachable.
 *
 * @param seconds since the phase began
 */
record JvmSample(
    int redeploys,
    double seconds,
    long rssKib,
    long heapBytes,
    long heapCommittedBytes,
    long metaspaceBytes,
    int loadedClasses,
    long unloadedClasses,
    int liveLoaders) {

  static JvmSample take(int redeploys, double seconds, List<WeakReference<ClassLoader>> loaders)
      throws IOException, InterruptedException {
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(300);
    }
    long metaspace = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals("Metaspace")) {
        metaspace = pool.getUsage().getUsed();
      }
    }
    var classes = ManagementFactory.getClassLoadingMXBean();
    int live = (int) loaders.stream().filter(r -> r.get() != null).count();
    return new JvmSample(
        redeploys,
        seconds,
        readRss(),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(),
        metaspace,
        classes.getLoadedClassCount(),
        classes.getUnloadedClassCount(),
        live);
  }

  private static long readRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
