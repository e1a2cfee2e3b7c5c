package nl.steunpunt.store.jdbc.internal;

import java.sql.Connection;
import nl.steunpunt.store.jdbc.EventLog;
import nl.steunpunt.store.jdbc.FamilyRecords;
import nl.steunpunt.store.jdbc.MemberRecords;
import nl.steunpunt.store.jdbc.NoteRecords;
import nl.steunpunt.store.jdbc.StoreSession;
import nl.steunpunt.store.jdbc.TaskRecords;
import nl.steunpunt.store.jdbc.TrajectoryRecords;

/** The records of one transaction, all on its one connection. */
final class JdbcSession implements StoreSession {

  private final Sql sql;

  JdbcSession(Connection connection) {
    this.sql = new Sql(connection);
  }

  @Override
  public FamilyRecords families() {
    return new JdbcFamilyRecords(sql);
  }

  @Override
  public MemberRecords members() {
    return new JdbcMemberRecords(sql);
  }

  @Override
  public TrajectoryRecords trajectories() {
    return new JdbcTrajectoryRecords(sql);
  }

  @Override
  public EventLog events() {
    return new JdbcEventLog(sql);
  }

  @Override
  public TaskRecords tasks() {
    return new JdbcTaskRecords(sql);
  }

  @Override
  public NoteRecords notes() {
    return new JdbcNoteRecords(sql);
  }
}
