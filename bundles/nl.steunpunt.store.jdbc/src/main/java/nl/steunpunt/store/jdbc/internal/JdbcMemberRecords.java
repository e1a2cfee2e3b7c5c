package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.store.MemberRecords;

/** Members in table {@code member}, ordered by position within the family. */
final class JdbcMemberRecords implements MemberRecords {

  private static final String COLUMNS =
      "id, family_id, role, given_name, birth_year, languages, whereabouts, version";

  private final Sql sql;

  JdbcMemberRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Member member) {
    sql.update(
        "INSERT INTO member (id, family_id, position, role, given_name, birth_year, languages,"
            + " whereabouts, version) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM"
            + " member WHERE family_id = ?), ?, ?, ?, ?, ?, ?)",
        member.id(),
        member.familyId(),
        member.familyId(),
        member.role(),
        member.givenName(),
        member.birthYear(),
        Sql.languages(member.languages()),
        member.whereabouts(),
        member.version());
    // Members are never deleted, so the family's count only grows (migration 13).
    sql.update("UPDATE family SET member_count = member_count + 1 WHERE id = ?", member.familyId());
  }

  @Override
  public Optional<Member> find(UUID id) {
    return sql.one("SELECT " + COLUMNS + " FROM member WHERE id = ?", JdbcMemberRecords::map, id);
  }

  @Override
  public List<Member> ofFamily(UUID familyId) {
    return sql.list(
        "SELECT " + COLUMNS + " FROM member WHERE family_id = ? ORDER BY position",
        JdbcMemberRecords::map,
        familyId);
  }

  @Override
  public boolean update(Member member, long expectedVersion) {
    return sql.update(
            "UPDATE member SET role = ?, given_name = ?, birth_year = ?, languages = ?,"
                + " whereabouts = ?, version = ? WHERE id = ? AND version = ?",
            member.role(),
            member.givenName(),
            member.birthYear(),
            Sql.languages(member.languages()),
            member.whereabouts(),
            member.version(),
            member.id(),
            expectedVersion)
        == 1;
  }

  static Member map(ResultSet rs) throws SQLException {
    return new Member(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "family_id"),
        MemberRole.valueOf(rs.getString("role")),
        rs.getString("given_name"),
        rs.getInt("birth_year"),
        Sql.languages(rs.getString("languages")),
        Whereabouts.valueOf(rs.getString("whereabouts")),
        rs.getLong("version"));
  }
}
