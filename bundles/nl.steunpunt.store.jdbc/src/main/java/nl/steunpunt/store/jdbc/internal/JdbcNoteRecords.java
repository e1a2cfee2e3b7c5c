package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.NoteCategory;
import nl.steunpunt.store.NoteRecords;

/** Notes in table {@code note}. */
final class JdbcNoteRecords implements NoteRecords {

  private final Sql sql;

  JdbcNoteRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Note note) {
    sql.update(
        "INSERT INTO note (id, trajectory_id, category, author, text, written_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        note.id(),
        note.trajectoryId(),
        note.category(),
        note.author(),
        note.text(),
        note.writtenAt());
  }

  @Override
  public Page<Note> ofTrajectory(
      UUID trajectoryId, Set<NoteCategory> categories, PageRequest page) {
    if (categories.isEmpty()) {
      return new Page<>(List.of(), page.offset(), page.limit(), 0);
    }
    String in = String.join(", ", categories.stream().map(c -> "?").toList());
    List<Object> parameters = new ArrayList<>();
    parameters.add(trajectoryId);
    categories.stream().map(Enum::name).forEach(parameters::add);
    String where = " FROM note WHERE trajectory_id = ? AND category IN (" + in + ")";
    long total = sql.count("SELECT COUNT(*)" + where, parameters.toArray());
    parameters.add(page.limit());
    parameters.add(page.offset());
    List<Note> items =
        sql.list(
            "SELECT id, trajectory_id, category, author, text, written_at"
                + where
                + " ORDER BY written_at DESC, id LIMIT ? OFFSET ?",
            JdbcNoteRecords::map,
            parameters.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  static Note map(ResultSet rs) throws SQLException {
    return new Note(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "trajectory_id"),
        NoteCategory.valueOf(rs.getString("category")),
        rs.getString("author"),
        rs.getString("text"),
        Sql.instant(rs, "written_at"));
  }
}
