package nl.steunpunt.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.TrajectoryRecords;

/**
 * Trajectories in {@code trajectory}, with {@code team_assignment} and {@code trajectory_partner}.
 */
final class JdbcTrajectoryRecords implements TrajectoryRecords {

  private record Head(UUID id, UUID familyId, Phase phase, Instant openedAt, long version) {}

  private final Sql sql;

  JdbcTrajectoryRecords(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Trajectory trajectory) {
    sql.update(
        "INSERT INTO trajectory (id, family_id, phase, opened_at, version) VALUES (?, ?, ?, ?, ?)",
        trajectory.id(),
        trajectory.familyId(),
        trajectory.phase(),
        trajectory.openedAt(),
        trajectory.version());
    copyPhaseToFamily(trajectory);
    writeTeamAndPartners(trajectory);
  }

  /** The family search filters on the phase without a join (see migration 4). */
  private void copyPhaseToFamily(Trajectory trajectory) {
    sql.update(
        "UPDATE family SET phase = ? WHERE id = ?", trajectory.phase(), trajectory.familyId());
  }

  @Override
  public Optional<Trajectory> find(UUID id) {
    return sql.one(
            "SELECT id, family_id, phase, opened_at, version FROM trajectory WHERE id = ?",
            JdbcTrajectoryRecords::head,
            id)
        .map(this::complete);
  }

  @Override
  public Optional<Trajectory> ofFamily(UUID familyId) {
    return sql.one(
            "SELECT id, family_id, phase, opened_at, version FROM trajectory WHERE family_id = ?",
            JdbcTrajectoryRecords::head,
            familyId)
        .map(this::complete);
  }

  @Override
  public boolean update(Trajectory trajectory, long expectedVersion) {
    int changed =
        sql.update(
            "UPDATE trajectory SET phase = ?, version = ? WHERE id = ? AND version = ?",
            trajectory.phase(),
            trajectory.version(),
            trajectory.id(),
            expectedVersion);
    if (changed != 1) {
      return false;
    }
    copyPhaseToFamily(trajectory);
    sql.update("DELETE FROM team_assignment WHERE trajectory_id = ?", trajectory.id());
    sql.update("DELETE FROM trajectory_partner WHERE trajectory_id = ?", trajectory.id());
    writeTeamAndPartners(trajectory);
    return true;
  }

  @Override
  public List<TeamAssignment> knownStaff() {
    return sql
        .list(
            "SELECT a.user_name, a.expertise, a.languages FROM team_assignment a WHERE a.assigned_at"
                + " = (SELECT MAX(b.assigned_at) FROM team_assignment b WHERE b.user_name ="
                + " a.user_name) ORDER BY a.user_name",
            JdbcTrajectoryRecords::assignment)
        .stream()
        .distinct()
        .toList();
  }

  private void writeTeamAndPartners(Trajectory trajectory) {
    Instant now = Instant.now();
    int position = 0;
    for (TeamAssignment member : trajectory.team()) {
      sql.update(
          "INSERT INTO team_assignment (trajectory_id, position, user_name, expertise, languages,"
              + " assigned_at) VALUES (?, ?, ?, ?, ?, ?)",
          trajectory.id(),
          ++position,
          member.user(),
          member.expertise(),
          Sql.languages(member.languages()),
          now);
    }
    for (String partner : trajectory.partners()) {
      sql.update(
          "INSERT INTO trajectory_partner (trajectory_id, organisation) VALUES (?, ?)",
          trajectory.id(),
          partner);
    }
  }

  private Trajectory complete(Head head) {
    List<TeamAssignment> team =
        sql.list(
            "SELECT user_name, expertise, languages FROM team_assignment WHERE trajectory_id = ?"
                + " ORDER BY position",
            JdbcTrajectoryRecords::assignment,
            head.id());
    List<String> partners =
        sql.list(
            "SELECT organisation FROM trajectory_partner WHERE trajectory_id = ?",
            rs -> rs.getString(1),
            head.id());
    return new Trajectory(
        head.id(),
        head.familyId(),
        head.phase(),
        team,
        new HashSet<>(partners),
        head.openedAt(),
        head.version());
  }

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "family_id"),
        Phase.valueOf(rs.getString("phase")),
        Sql.instant(rs, "opened_at"),
        rs.getLong("version"));
  }

  private static TeamAssignment assignment(ResultSet rs) throws SQLException {
    return new TeamAssignment(
        rs.getString("user_name"),
        Expertise.valueOf(rs.getString("expertise")),
        Sql.languages(rs.getString("languages")));
  }
}
