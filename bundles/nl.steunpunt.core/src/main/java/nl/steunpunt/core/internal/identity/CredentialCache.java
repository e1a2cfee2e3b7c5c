package nl.steunpunt.core.internal.identity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recently verified credentials for a short time, so that HTTP Basic clients do not pay
 * for a bcrypt verification on every request.
 *
 * <p>Only a keyed hash (HMAC-SHA-256 with a random key that lives in memory only) of the password
 * is kept, never the password. A changed or removed account stays usable for at most the
 * time-to-live.
 */
final class CredentialCache<V> {

  private record Entry<V>(byte[] mac, V value, Instant expires) {}

  private final ConcurrentMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Duration timeToLive;
  private final Clock clock;
  private final int maxEntries;

  CredentialCache(Duration timeToLive, int maxEntries, Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.timeToLive = timeToLive;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  Optional<V> lookup(String user, char[] password) {
    Entry<V> entry = entries.get(user);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(user, entry);
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.mac(), mac(user, password))
        ? Optional.of(entry.value())
        : Optional.empty();
  }

  void remember(String user, char[] password, V value) {
    if (timeToLive.isZero()) {
      return;
    }
    if (entries.size() >= maxEntries) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(user, new Entry<>(mac(user, password), value, clock.instant().plus(timeToLive)));
  }

  void forget(String user) {
    entries.remove(user);
  }

  private byte[] mac(String user, char[] password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(user.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(bytes);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      if (bytes.hasArray()) {
        Arrays.fill(bytes.array(), (byte) 0);
      }
    }
  }
}
