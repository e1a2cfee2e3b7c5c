package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.steunpunt.store.PartnerSettingRecords;

/** The partner settings in tables {@code partner_setting} and {@code partner_setting_head}. */
final class JdbcPartnerSettingRecords implements PartnerSettingRecords {

  private static final String COLUMNS =
      "kind, name, version_range, properties, revision, changed_at";
  private static final String HEAD =
      "SELECT revision, initialised_at, initialised_by FROM partner_setting_head WHERE id = 1";

  private final Sql sql;

  JdbcPartnerSettingRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Head head() {
    return sql.one(HEAD, JdbcPartnerSettingRecords::head)
        .orElseThrow(JdbcPartnerSettingRecords::noHead);
  }

  @Override
  public Head lockHead() {
    return sql.one(HEAD + " FOR UPDATE", JdbcPartnerSettingRecords::head)
        .orElseThrow(JdbcPartnerSettingRecords::noHead);
  }

  @Override
  public List<PartnerSetting> all() {
    return sql.list(
        "SELECT " + COLUMNS + " FROM partner_setting ORDER BY kind DESC, name, version_range",
        JdbcPartnerSettingRecords::map);
  }

  @Override
  public List<PartnerSetting> named(Kind kind, String name) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM partner_setting WHERE kind = ? AND name = ? ORDER BY version_range",
        JdbcPartnerSettingRecords::map,
        kind,
        name);
  }

  @Override
  public Optional<PartnerSetting> find(Key key) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM partner_setting WHERE kind = ? AND name = ? AND version_range = ?",
        JdbcPartnerSettingRecords::map,
        key.kind(),
        key.name(),
        key.versionRange());
  }

  @Override
  public long put(Key key, String properties, Instant now) {
    long revision = raise();
    int updated =
        sql.update(
            "UPDATE partner_setting SET properties = ?, revision = ?, changed_at = ?"
                + " WHERE kind = ? AND name = ? AND version_range = ?",
            properties,
            revision,
            now,
            key.kind(),
            key.name(),
            key.versionRange());
    if (updated == 0) {
      // The head's lock keeps every other writer out: no concurrent insert of the same key.
      sql.update(
          "INSERT INTO partner_setting (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
          key.kind(),
          key.name(),
          key.versionRange(),
          properties,
          revision,
          now);
    }
    return revision;
  }

  @Override
  public int deleteNamed(Kind kind, String name) {
    lockHead();
    int deleted = sql.update("DELETE FROM partner_setting WHERE kind = ? AND name = ?", kind, name);
    if (deleted > 0) {
      raise();
    }
    return deleted;
  }

  @Override
  public boolean markInitialised(Instant now, String by) {
    if (lockHead().initialised()) {
      return false;
    }
    sql.update(
        "UPDATE partner_setting_head SET initialised_at = ?, initialised_by = ?, revision ="
            + " revision + 1 WHERE id = 1",
        now,
        by);
    return true;
  }

  /** Locks the head (the UPDATE does) and raises its revision; the new revision. */
  private long raise() {
    sql.update("UPDATE partner_setting_head SET revision = revision + 1 WHERE id = 1");
    return head().revision();
  }

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(
        rs.getLong("revision"),
        Optional.ofNullable(Sql.instant(rs, "initialised_at")),
        Optional.ofNullable(rs.getString("initialised_by")));
  }

  private static PartnerSetting map(ResultSet rs) throws SQLException {
    return new PartnerSetting(
        new Key(
            Kind.valueOf(rs.getString("kind")),
            rs.getString("name"),
            rs.getString("version_range")),
        rs.getString("properties"),
        rs.getLong("revision"),
        Sql.instant(rs, "changed_at"));
  }

  private static IllegalStateException noHead() {
    return new IllegalStateException("partner_setting_head has no row; migration 17 not applied");
  }
}
