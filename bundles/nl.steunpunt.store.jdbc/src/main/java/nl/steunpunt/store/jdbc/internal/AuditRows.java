package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;

/**
 * The rows of table {@code audit_entry}: its columns, an entry as their values, and an entry read
 * back, with or without the hash of its seal. One place, for the writer, the sealer, the searches
 * and the verification, which must all read an entry alike for its hash to match.
 */
final class AuditRows {

  /** The columns an entry is written to: all but its sequence, which the database assigns. */
  static final List<String> WRITTEN =
      List.of(
          "at",
          "user_name",
          "roles",
          "organisation",
          "on_behalf_of",
          "channel",
          "action",
          "object_type",
          "object_id",
          "family_id",
          "member_id",
          "category",
          "outcome",
          "purpose",
          "client_address",
          "break_glass",
          "detail");

  /** The insert of an entry; its sequence is generated. */
  static final String INSERT =
      "INSERT INTO audit_entry ("
          + String.join(", ", WRITTEN)
          + ") VALUES ("
          + String.join(", ", Collections.nCopies(WRITTEN.size(), "?"))
          + ")";

  private AuditRows() {}

  /** Every column of an entry, each prefixed with the alias of {@code audit_entry}. */
  static String columns(String alias) {
    return Stream.concat(Stream.of("sequence"), WRITTEN.stream())
        .map(column -> alias + "." + column)
        .collect(Collectors.joining(", "));
  }

  /** The values of {@link #WRITTEN}, in that order. */
  static Object[] values(AuditEntry e) {
    return new Object[] {
      e.at(),
      e.user(),
      e.roles(),
      e.organisation(),
      e.onBehalfOf().orElse(null),
      e.channel(),
      e.action(),
      e.objectType(),
      e.objectId().orElse(null),
      e.familyId().orElse(null),
      e.memberId().orElse(null),
      e.category().orElse(null),
      e.outcome(),
      e.purpose(),
      e.clientAddress().orElse(null),
      e.breakGlass().orElse(null),
      e.detail().orElse(null)
    };
  }

  /** An entry with the hash of its seal, from column {@code hash}: null while not sealed. */
  static AuditEntry sealed(ResultSet rs) throws SQLException {
    return entry(rs, Optional.ofNullable(rs.getString("hash")));
  }

  /** An entry as written, without a hash. */
  static AuditEntry entry(ResultSet rs) throws SQLException {
    return entry(rs, Optional.empty());
  }

  private static AuditEntry entry(ResultSet rs, Optional<String> hash) throws SQLException {
    return new AuditEntry(
        rs.getLong("sequence"),
        Sql.instant(rs, "at"),
        rs.getString("user_name"),
        rs.getString("roles"),
        rs.getString("organisation"),
        Optional.ofNullable(rs.getString("on_behalf_of")),
        rs.getString("channel"),
        Action.valueOf(rs.getString("action")),
        rs.getString("object_type"),
        Optional.ofNullable(rs.getString("object_id")),
        Optional.ofNullable(Sql.uuid(rs, "family_id")),
        Optional.ofNullable(Sql.uuid(rs, "member_id")),
        Optional.ofNullable(rs.getString("category")).map(DataCategory::valueOf),
        Outcome.valueOf(rs.getString("outcome")),
        Purpose.valueOf(rs.getString("purpose")),
        Optional.ofNullable(rs.getString("client_address")),
        Optional.ofNullable(Sql.uuid(rs, "break_glass")),
        Optional.ofNullable(rs.getString("detail")),
        hash);
  }
}
