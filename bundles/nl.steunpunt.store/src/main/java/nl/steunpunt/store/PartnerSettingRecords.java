package nl.steunpunt.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The operator's partner settings, grants and allow-list entries, as the source of truth for every
 * node on the same database. A revision rises with every change, so a node asks cheaply whether
 * anything changed since it last looked ({@link #head()}). Every change first locks the head, so
 * changes (on any node) take turns, and the one-time import of a node's own settings happens once.
 *
 * @since 0.4
 */
@ProviderType
public interface PartnerSettingRecords {

  /** What a setting is. */
  enum Kind {
    /** A partner's grant; its name is the partner id. */
    GRANT,
    /** An allow-list entry; its name is the bundle's symbolic name, with a version range. */
    ALLOW
  }

  /**
   * A setting's identity: what the platform finds a configuration by.
   *
   * @param kind grant or allow-list entry
   * @param name the partner id, or the bundle's symbolic name
   * @param versionRange the allow-list entry's version range; empty for a grant
   */
  record Key(Kind kind, String name, String versionRange) {
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(versionRange, "versionRange");
    }

    public static Key grant(String partnerId) {
      return new Key(Kind.GRANT, partnerId, "");
    }

    public static Key allow(String symbolicName, String versionRange) {
      return new Key(Kind.ALLOW, symbolicName, versionRange);
    }
  }

  /**
   * One setting.
   *
   * @param key its identity
   * @param properties its configuration's properties, in the core's text form
   * @param revision the revision of the change that wrote it last
   * @param changedAt when
   */
  record PartnerSetting(Key key, String properties, long revision, Instant changedAt) {}

  /**
   * The head: the revision of the last change, 0 before any, and when and on which node the
   * settings were first taken in (empty until then).
   */
  record Head(long revision, Optional<Instant> initialisedAt, Optional<String> initialisedBy) {
    public boolean initialised() {
      return initialisedAt.isPresent();
    }
  }

  /** The head, without a lock: one indexed row, for the "anything new?" question. */
  Head head();

  /**
   * The head, locked until the transaction ends: changes and the first import take turns, on every
   * node. Every change below takes it itself as well.
   */
  Head lockHead();

  /** Every setting, grants first, by name and range. */
  List<PartnerSetting> all();

  /** The settings of this kind and name (an allow-list entry per range). */
  List<PartnerSetting> named(Kind kind, String name);

  Optional<PartnerSetting> find(Key key);

  /**
   * Inserts or replaces a setting and raises the revision.
   *
   * @return the new revision
   */
  long put(Key key, String properties, Instant now);

  /**
   * Deletes the settings of this kind and name and, if there were any, raises the revision.
   *
   * @return how many were deleted
   */
  int deleteNamed(Kind kind, String name);

  /**
   * Marks the settings as taken in (at the first import, or the first change), and raises the
   * revision, so that every node reads them afresh. Only the first call counts.
   *
   * @return whether this call marked them (false: they were already)
   */
  boolean markInitialised(Instant now, String by);
}
