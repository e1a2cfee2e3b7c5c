package nl.steunpunt.core.internal.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.karaf.jaas.modules.BackingEngine;

/**
 * Changes a properties user file as one atomic replacement.
 *
 * <p>Karaf's properties backing engine rewrites the file in place after every single call, and
 * Karaf watches that file to hash any password it finds in clear text. A reader that catches the
 * file half written sees a truncated account, and the watcher may even write its truncated view
 * back. So every change is made on a copy in the same folder, and the copy replaces the file in one
 * rename: a reader sees the old accounts or the new ones, never a mix.
 */
final class UserFileEdit {

  private static final Object LOCK = new Object();

  private UserFileEdit() {}

  /**
   * Applies {@code change} to a copy of {@code users} through the engine {@code open} builds on the
   * copy, and replaces the file when the change reports it did something.
   *
   * @return what {@code change} returned: the number of accounts it changed
   */
  static int apply(
      Path users, Function<Path, BackingEngine> open, ToIntFunction<BackingEngine> change) {
    synchronized (LOCK) {
      Path copy = users.resolveSibling(users.getFileName() + ".steunpunt-edit");
      try {
        if (Files.exists(users)) {
          Files.copy(
              users, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } else {
          Files.deleteIfExists(copy);
          Files.createFile(copy);
        }
        int changed = change.applyAsInt(open.apply(copy));
        if (changed > 0) {
          Files.move(
              copy, users, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return changed;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot change the user file " + users.getFileName(), e);
      } finally {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // The copy is rewritten from the real file on the next edit.
        }
      }
    }
  }

  /**
   * Waits (at most 10 s) until every password in the file is hashed. Karaf hashes a clear password
   * (the operator's first admin) by rewriting the file from what it read before; an edit made in
   * between would be undone by that rewrite.
   */
  static void awaitHashed(Path users, String prefix) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (hasClearPassword(users, prefix) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static boolean hasClearPassword(Path users, String prefix) {
    java.util.Properties accounts = new java.util.Properties();
    try (var in = Files.newInputStream(users)) {
      accounts.load(in);
    } catch (IOException e) {
      return false;
    }
    return accounts.stringPropertyNames().stream()
        .filter(name -> !name.startsWith("_g_"))
        .map(name -> accounts.getProperty(name).split(",")[0].strip())
        .anyMatch(password -> !password.startsWith(prefix));
  }
}
