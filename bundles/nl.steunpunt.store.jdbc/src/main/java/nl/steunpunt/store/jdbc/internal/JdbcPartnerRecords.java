package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.store.PartnerRecords;

/**
 * The partners' records in table {@code partner_record}. Every statement but the erasure names the
 * partner, so no partner reaches another's records through the store either.
 */
final class JdbcPartnerRecords implements PartnerRecords {

  private static final String COLUMNS =
      "id, partner_id, subject_kind, subject_id, json, created_at, updated_at, version";

  private final Sql sql;

  JdbcPartnerRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(PartnerRecord record, UUID familyId) {
    sql.update(
        "INSERT INTO partner_record (id, partner_id, subject_kind, subject_id, family_id, json,"
            + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        record.id(),
        record.partnerId(),
        record.subject().kind(),
        record.subject().id(),
        familyId,
        record.json(),
        record.createdAt(),
        record.updatedAt(),
        record.version());
  }

  @Override
  public Optional<PartnerRecord> find(String partnerId, UUID id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM partner_record WHERE id = ? AND partner_id = ?",
        JdbcPartnerRecords::map,
        id,
        partnerId);
  }

  @Override
  public List<PartnerRecord> ofSubject(String partnerId, RecordSubject subject) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM partner_record WHERE partner_id = ? AND subject_kind = ? AND subject_id = ?"
            + " ORDER BY created_at, id",
        JdbcPartnerRecords::map,
        partnerId,
        subject.kind(),
        subject.id());
  }

  @Override
  public boolean update(PartnerRecord record, long expectedVersion) {
    return sql.update(
            "UPDATE partner_record SET json = ?, updated_at = ?, version = ?"
                + " WHERE id = ? AND partner_id = ? AND version = ?",
            record.json(),
            record.updatedAt(),
            record.version(),
            record.id(),
            record.partnerId(),
            expectedVersion)
        == 1;
  }

  @Override
  public boolean delete(String partnerId, UUID id, long expectedVersion) {
    return sql.update(
            "DELETE FROM partner_record WHERE id = ? AND partner_id = ? AND version = ?",
            id,
            partnerId,
            expectedVersion)
        == 1;
  }

  @Override
  public int deleteOfFamily(UUID familyId) {
    return sql.update("DELETE FROM partner_record WHERE family_id = ?", familyId);
  }

  private static PartnerRecord map(ResultSet rs) throws SQLException {
    return new PartnerRecord(
        Sql.uuid(rs, "id"),
        rs.getString("partner_id"),
        new RecordSubject(
            RecordSubject.Kind.valueOf(rs.getString("subject_kind")), Sql.uuid(rs, "subject_id")),
        rs.getString("json"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
