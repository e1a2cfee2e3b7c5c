package nl.steunpunt.core.internal.access;

import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import org.osgi.service.component.annotations.Component;

/**
 * The one place that decides whether an actor may use the case services. Every service call passes
 * here before it touches data.
 *
 * <p>For now it admits only the centre's own staff (counsellor, team lead) and refuses every other
 * role; the access policy with relationships, data categories and break-glass replaces the rule
 * below without changing its callers.
 */
@Component(service = AuthorizationPoint.class)
public final class AuthorizationPoint {

  /** What a caller wants to do, for the decision and (later) the audit log. */
  public enum Action {
    CREATE,
    READ,
    UPDATE,
    SEARCH
  }

  /** The kind of data the action touches. */
  public enum Category {
    IDENTITY,
    TRAJECTORY_STATUS,
    EVENTS,
    TASKS,
    COUNSELLING_NOTES,
    THERAPY_NOTES
  }

  private static final Set<Role> CENTRE_STAFF = Set.of(Role.COUNSELLOR, Role.TEAM_LEAD);

  /**
   * Refuses the call unless the actor may do the action on the category.
   *
   * @throws AccessDeniedException when the actor may not
   */
  public void require(Actor actor, Action action, Category category) {
    if (!admits(actor, action, category)) {
      throw new AccessDeniedException("Your role does not give access to this.");
    }
  }

  /** Tells whether the actor may do the action on the category, without throwing. */
  public boolean admits(Actor actor, Action action, Category category) {
    if (category == Category.THERAPY_NOTES) {
      return false;
    }
    return actor.roles().stream().anyMatch(CENTRE_STAFF::contains);
  }
}
