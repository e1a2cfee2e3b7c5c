package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.FamilyRecords;

/** Families in table {@code family}; reference numbers in {@code reference_counter}. */
final class JdbcFamilyRecords implements FamilyRecords {

  private static final String COLUMNS =
      "f.id, f.reference, f.municipality, f.languages, f.background, f.status, f.created_at,"
          + " f.last_critical_moment, f.version";

  private static final String FROM = " FROM family f";

  private final Sql sql;

  JdbcFamilyRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public int nextReferenceNumber(int year) {
    // Every year from 2000 to 2099 has its row (migration 5): the update locks it until commit,
    // so concurrent writers, also on other nodes, queue here and never get the same number.
    if (sql.update(
            "UPDATE reference_counter SET last_number = last_number + 1 WHERE ref_year = ?", year)
        == 0) {
      throw new IllegalStateException("No reference counter for the year " + year);
    }
    return (int) sql.count("SELECT last_number FROM reference_counter WHERE ref_year = ?", year);
  }

  @Override
  public void insert(Family family) {
    sql.update(
        // The phase is the trajectory's, kept here for the search; a new family is in CONTACT
        // until its trajectory is stored.
        "INSERT INTO family (id, reference, municipality, languages, background, status,"
            + " created_at, version, phase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CONTACT')",
        family.id(),
        family.reference(),
        family.municipality(),
        Sql.languages(family.languages()),
        family.background(),
        family.status(),
        family.createdAt(),
        family.version());
  }

  @Override
  public Optional<Family> find(UUID id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM family f WHERE f.id = ?", JdbcFamilyRecords::map, id);
  }

  @Override
  public Optional<Family> findByReference(String reference) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM family f WHERE f.reference = ?",
        JdbcFamilyRecords::map,
        reference);
  }

  @Override
  public boolean update(Family family, long expectedVersion) {
    return sql.update(
            "UPDATE family SET municipality = ?, languages = ?, background = ?, status = ?,"
                + " version = ? WHERE id = ? AND version = ?",
            family.municipality(),
            Sql.languages(family.languages()),
            family.background(),
            family.status(),
            family.version(),
            family.id(),
            expectedVersion)
        == 1;
  }

  @Override
  public Page<Family> search(FamilyFilter search, PageRequest page) {
    // An erased family is found by no search (its personal data is gone; see ErasureRecords).
    StringBuilder where = new StringBuilder(" WHERE f.status <> 'ERASED'");
    List<Object> parameters = new ArrayList<>();
    search.reference().ifPresent(r -> add(where, parameters, " AND f.reference = ?", r));
    search
        .municipalities()
        .ifPresent(
            codes -> {
              if (codes.isEmpty()) {
                where.append(" AND 1 = 0");
                return;
              }
              where.append(" AND f.municipality IN (");
              where.append(String.join(", ", codes.stream().map(c -> "?").toList()));
              where.append(")");
              parameters.addAll(codes);
            });
    search.phase().ifPresent(p -> add(where, parameters, " AND f.phase = ?", p.name()));
    search
        .memberWhereabouts()
        .ifPresent(
            w ->
                add(
                    where,
                    parameters,
                    " AND EXISTS (SELECT 1 FROM member m WHERE m.family_id = f.id"
                        + " AND m.whereabouts = ?)",
                    w.name()));
    search
        .referenceText()
        .ifPresent(
            t ->
                add(
                    where,
                    parameters,
                    " AND UPPER(f.reference) LIKE ? ESCAPE '!'",
                    "%" + escapeLike(t.toUpperCase(java.util.Locale.ROOT)) + "%"));
    search
        .scope()
        .ifPresent(s -> where.append(" AND ").append(ScopeCondition.of(s, "f", parameters)));
    long total = sql.count("SELECT COUNT(*)" + FROM + where, parameters.toArray());
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(page.limit());
    paged.add(page.offset());
    List<Family> items =
        sql.list(
            "SELECT "
                + COLUMNS
                + FROM
                + where
                + " ORDER BY f.created_at DESC, f.id LIMIT ? OFFSET ?",
            JdbcFamilyRecords::map,
            paged.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  private static void add(
      StringBuilder where, List<Object> parameters, String clause, Object value) {
    where.append(clause);
    parameters.add(value);
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  static Family map(ResultSet rs) throws SQLException {
    return new Family(
        Sql.uuid(rs, "id"),
        rs.getString("reference"),
        rs.getString("municipality"),
        Sql.languages(rs.getString("languages")),
        Background.valueOf(rs.getString("background")),
        FamilyStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "created_at"),
        Optional.ofNullable(Sql.instant(rs, "last_critical_moment")),
        rs.getLong("version"));
  }
}
