package nl.steunpunt.core.internal.access;

import static nl.steunpunt.api.access.Action.CREATE;
import static nl.steunpunt.api.access.Action.DISCLOSE;
import static nl.steunpunt.api.access.Action.EXPORT;
import static nl.steunpunt.api.access.Action.READ;
import static nl.steunpunt.api.access.Action.SEARCH;
import static nl.steunpunt.api.access.Action.UPDATE;
import static nl.steunpunt.api.access.Action.VERIFY;
import static nl.steunpunt.api.access.DataCategory.AUDIT;
import static nl.steunpunt.api.access.DataCategory.COUNSELLING_NOTES;
import static nl.steunpunt.api.access.DataCategory.EVALUATION_AGGREGATES;
import static nl.steunpunt.api.access.DataCategory.EVENTS;
import static nl.steunpunt.api.access.DataCategory.IDENTITY;
import static nl.steunpunt.api.access.DataCategory.SECURITY_REPORTS;
import static nl.steunpunt.api.access.DataCategory.TASKS;
import static nl.steunpunt.api.access.DataCategory.THERAPY_NOTES;
import static nl.steunpunt.api.access.DataCategory.TRAJECTORY_STATUS;
import static nl.steunpunt.core.internal.access.Grant.ANY;
import static nl.steunpunt.core.internal.access.Grant.RELATED;

import java.util.EnumMap;
import java.util.Map;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Role;

/**
 * Who may do what on which data category: the policy's table, default deny. Whether a {@link
 * Grant#RELATED} grant holds for one family is decided by {@link Relationship}. {@code
 * docs/access-matrix.md} is this table in words; a test keeps the two the same.
 */
public final class AccessMatrix {

  private static final Map<Role, Map<DataCategory, Map<Action, Grant>>> GRANTS =
      new EnumMap<>(Role.class);

  static {
    // The centre's counsellors: their own families (the trajectory's team), everything but therapy.
    // CREATE on a family they are not related to is adding a member there; a new family (an
    // intake) has no relationship yet and is theirs from the start (Gate.newFamily).
    allow(Role.COUNSELLOR, IDENTITY, RELATED, READ, SEARCH, CREATE, UPDATE);
    allow(Role.COUNSELLOR, TRAJECTORY_STATUS, RELATED, READ, SEARCH, CREATE, UPDATE);
    allow(Role.COUNSELLOR, COUNSELLING_NOTES, RELATED, READ, CREATE);
    allow(Role.COUNSELLOR, SECURITY_REPORTS, RELATED, READ, SEARCH, CREATE, UPDATE, DISCLOSE);
    allow(Role.COUNSELLOR, EVENTS, RELATED, READ, CREATE);
    allow(Role.COUNSELLOR, TASKS, RELATED, READ, SEARCH, CREATE, UPDATE);

    // The team lead: assignments, overview and all tasks; notes only on their own families.
    allow(Role.TEAM_LEAD, IDENTITY, ANY, READ, SEARCH, CREATE, UPDATE);
    allow(Role.TEAM_LEAD, TRAJECTORY_STATUS, ANY, READ, SEARCH, CREATE, UPDATE);
    allow(Role.TEAM_LEAD, COUNSELLING_NOTES, RELATED, READ, CREATE);
    // ... and reports, on any family: only a team lead may report without a consultation.
    allow(Role.TEAM_LEAD, SECURITY_REPORTS, ANY, READ, SEARCH, UPDATE, DISCLOSE);
    allow(Role.TEAM_LEAD, SECURITY_REPORTS, RELATED, CREATE);
    allow(Role.TEAM_LEAD, EVENTS, ANY, READ);
    allow(Role.TEAM_LEAD, EVENTS, RELATED, CREATE);
    allow(Role.TEAM_LEAD, TASKS, ANY, READ, SEARCH, CREATE, UPDATE);

    // The municipality: its own families with a full trajectory, never notes or events.
    allow(Role.MUNICIPALITY_OFFICER, IDENTITY, RELATED, READ, SEARCH);
    allow(Role.MUNICIPALITY_OFFICER, TRAJECTORY_STATUS, RELATED, READ, SEARCH);
    allow(Role.MUNICIPALITY_OFFICER, SECURITY_REPORTS, RELATED, READ, SEARCH);
    allow(Role.MUNICIPALITY_OFFICER, TASKS, RELATED, READ, SEARCH, UPDATE);

    // The police liaison: the reports addressed to the police, nothing else.
    allow(Role.POLICE_LIAISON, SECURITY_REPORTS, RELATED, READ, SEARCH, UPDATE);

    // The therapist: the members referred to them, their therapy notes and sessions.
    allow(Role.THERAPIST, IDENTITY, RELATED, READ, SEARCH);
    allow(Role.THERAPIST, THERAPY_NOTES, RELATED, READ, CREATE);
    allow(Role.THERAPIST, EVENTS, RELATED, CREATE);

    // The evaluator: indicators only, never a person.
    allow(Role.EVALUATOR, EVALUATION_AGGREGATES, ANY, READ, EXPORT);

    // The privacy officer: the audit log and data subject access reports.
    allow(Role.PRIVACY_OFFICER, AUDIT, ANY, READ, SEARCH, EXPORT, VERIFY);
    allow(Role.PRIVACY_OFFICER, IDENTITY, ANY, EXPORT);

    // The operator runs the platform and sees no case content; verifying the chain reveals none.
    allow(Role.OPERATOR, AUDIT, ANY, VERIFY);
  }

  private AccessMatrix() {}

  private static void allow(Role role, DataCategory category, Grant grant, Action... actions) {
    Map<Action, Grant> cell =
        GRANTS
            .computeIfAbsent(role, r -> new EnumMap<>(DataCategory.class))
            .computeIfAbsent(category, c -> new EnumMap<>(Action.class));
    for (Action action : actions) {
      if (cell.putIfAbsent(action, grant) != null) {
        throw new IllegalStateException(role + " " + category + " " + action + " granted twice");
      }
    }
  }

  /** The grant of one role for an action on a category; {@link Grant#NONE} unless listed. */
  public static Grant grant(Role role, DataCategory category, Action action) {
    return GRANTS
        .getOrDefault(role, Map.of())
        .getOrDefault(category, Map.of())
        .getOrDefault(action, Grant.NONE);
  }
}
