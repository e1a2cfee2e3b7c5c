package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.store.FamilyScope;
import nl.steunpunt.store.FollowUp;
import nl.steunpunt.store.TaskRecords;

/**
 * Tasks in table {@code task}. A partner owner is stored as {@code owner_kind = 'PARTNER'} with the
 * organisation in {@code owner_name}.
 */
final class JdbcTaskRecords implements TaskRecords {

  private static final String COLUMNS =
      "k.id, k.trajectory_id, k.title, k.owner_kind, k.owner_name, k.due, k.state, k.version";

  private final Sql sql;

  JdbcTaskRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Task task) {
    insert(task, null, null, null);
  }

  @Override
  public void insert(Task task, FollowUp followUp) {
    insert(task, followUp.kind(), followUp.event(), followUp.member().orElse(null));
  }

  /** One statement for both: a task that follows nothing up has null in the follow-up columns. */
  private void insert(Task task, FollowUp.Kind kind, Long event, UUID member) {
    sql.update(
        "INSERT INTO task (id, trajectory_id, title, owner_kind, owner_name, due, state, version,"
            + " follow_up, follow_up_event, member_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        task.id(),
        task.trajectoryId(),
        task.title(),
        ownerKind(task.owner()),
        ownerName(task.owner()),
        task.due(),
        task.state(),
        task.version(),
        kind,
        event,
        member);
  }

  @Override
  public void doneOn(UUID id, LocalDate day) {
    sql.update("UPDATE task SET done_on = ? WHERE id = ? AND done_on IS NULL", day, id);
  }

  @Override
  public Optional<Task> find(UUID id) {
    return sql.one("SELECT " + COLUMNS + " FROM task k WHERE k.id = ?", JdbcTaskRecords::map, id);
  }

  @Override
  public boolean update(Task task, long expectedVersion) {
    return sql.update(
            "UPDATE task SET title = ?, owner_kind = ?, owner_name = ?, due = ?, state = ?,"
                + " version = ? WHERE id = ? AND version = ?",
            task.title(),
            ownerKind(task.owner()),
            ownerName(task.owner()),
            task.due(),
            task.state(),
            task.version(),
            task.id(),
            expectedVersion)
        == 1;
  }

  @Override
  public Page<Task> open(
      Optional<FamilyScope> scope, Optional<String> ownerOrganisation, PageRequest page) {
    StringBuilder from = new StringBuilder(" FROM task k");
    StringBuilder where = new StringBuilder(" WHERE k.state = 'OPEN'");
    List<Object> parameters = new ArrayList<>();
    scope.ifPresent(
        s -> {
          // The scope is about families: through the task's trajectory to its family.
          from.append(
              " JOIN trajectory t ON t.id = k.trajectory_id JOIN family f ON f.id = t.family_id");
          where.append(" AND ").append(ScopeCondition.of(s, "f", parameters));
        });
    ownerOrganisation.ifPresent(
        organisation -> {
          where.append(" AND k.owner_kind = 'PARTNER' AND k.owner_name = ?");
          parameters.add(organisation);
        });
    long total = sql.count("SELECT COUNT(*)" + from + where, parameters.toArray());
    parameters.add(page.limit());
    parameters.add(page.offset());
    List<Task> items =
        sql.list(
            "SELECT " + COLUMNS + from + where + " ORDER BY k.due, k.id LIMIT ? OFFSET ?",
            JdbcTaskRecords::map,
            parameters.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  @Override
  public Page<Task> openOfTrajectory(
      UUID trajectoryId, Optional<String> ownerOrganisation, PageRequest page) {
    String where = " FROM task k WHERE k.trajectory_id = ? AND k.state = 'OPEN'";
    List<Object> parameters = new ArrayList<>(List.of(trajectoryId));
    if (ownerOrganisation.isPresent()) {
      where += " AND k.owner_kind = 'PARTNER' AND k.owner_name = ?";
      parameters.add(ownerOrganisation.get());
    }
    long total = sql.count("SELECT COUNT(*)" + where, parameters.toArray());
    parameters.add(page.limit());
    parameters.add(page.offset());
    List<Task> items =
        sql.list(
            "SELECT " + COLUMNS + where + " ORDER BY k.due, k.id LIMIT ? OFFSET ?",
            JdbcTaskRecords::map,
            parameters.toArray());
    return new Page<>(items, page.offset(), page.limit(), total);
  }

  private static String ownerKind(TaskOwner owner) {
    return owner instanceof TaskOwner.Staff ? "STAFF" : "PARTNER";
  }

  private static String ownerName(TaskOwner owner) {
    return owner instanceof TaskOwner.Staff staff
        ? staff.user()
        : ((TaskOwner.Partner) owner).organisation();
  }

  static Task map(ResultSet rs) throws SQLException {
    String name = rs.getString("owner_name");
    TaskOwner owner =
        "STAFF".equals(rs.getString("owner_kind"))
            ? new TaskOwner.Staff(name)
            : new TaskOwner.Partner(name);
    return new Task(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "trajectory_id"),
        rs.getString("title"),
        owner,
        Sql.date(rs, "due"),
        TaskState.valueOf(rs.getString("state")),
        rs.getLong("version"));
  }
}
