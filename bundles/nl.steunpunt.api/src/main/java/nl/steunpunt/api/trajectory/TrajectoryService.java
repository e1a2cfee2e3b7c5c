package nl.steunpunt.api.trajectory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Trajectories, their timeline, team, tasks and notes. Every call runs for an actor and passes the
 * platform's access policy before it touches data; every change happens in one transaction. The
 * failures are those of {@link nl.steunpunt.api.family.FamilyService}; an illegal phase change is a
 * {@link nl.steunpunt.api.common.ConflictException}.
 *
 * @since 0.1
 */
@ProviderType
public interface TrajectoryService {

  /**
   * Finds a trajectory.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @return the trajectory, or empty when it does not exist or the actor may not see it
   */
  Optional<Trajectory> find(Actor actor, UUID id);

  /**
   * Finds the trajectory of a family.
   *
   * @param actor who acts
   * @param familyId the family's id
   * @return the trajectory, or empty
   */
  Optional<Trajectory> ofFamily(Actor actor, UUID familyId);

  /**
   * Reads a family's case in one go, at one moment: the family, its members and its trajectory as
   * {@link nl.steunpunt.api.family.FamilyService#find}, {@link
   * nl.steunpunt.api.family.FamilyService#members} and {@link #ofFamily} give them, decided by the
   * same policy and audited as one read of the family's identity data and one of its trajectory's
   * status, in one transaction. The trajectory is left out, and nothing is refused for it, when
   * none of the actor's roles ever reads trajectories.
   *
   * @param actor who acts
   * @param familyId the family's id
   * @return the case file, or empty when the family does not exist or the actor may not see it
   * @throws nl.steunpunt.api.common.AccessDeniedException when none of the actor's roles ever reads
   *     families
   * @since 2.0
   */
  Optional<CaseFile> caseFile(Actor actor, UUID familyId);

  /**
   * Searches the families whose trajectory is in a phase, newest first: {@link
   * nl.steunpunt.api.family.FamilyService#search} with the phase as one more criterion, checked,
   * decided and audited the same way.
   *
   * @param actor who acts
   * @param phase the phase the family's trajectory is in
   * @param search the other criteria; {@link FamilySearch#ALL} for none
   * @param page the page
   * @return the page of families the actor may see
   * @since 2.0
   */
  Page<Family> familiesInPhase(Actor actor, Phase phase, FamilySearch search, PageRequest page);

  /**
   * Moves a trajectory to another phase and records a phase-change event.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param expectedVersion the version the caller read
   * @param to the new phase; must be allowed from the current one (see {@link Phase})
   * @param reason why; required when reopening a closed trajectory
   * @return the changed trajectory
   */
  Trajectory changePhase(
      Actor actor, UUID id, long expectedVersion, Phase to, Optional<String> reason);

  /**
   * Sets the team: the assigned staff, replacing the previous team.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param expectedVersion the version the caller read
   * @param team the new team
   * @return the changed trajectory
   */
  Trajectory assignTeam(Actor actor, UUID id, long expectedVersion, List<TeamAssignment> team);

  /**
   * Sets the partner organisations involved, replacing the previous set.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param expectedVersion the version the caller read
   * @param partners organisation ids, e.g. {@code GM0363}
   * @return the changed trajectory
   */
  Trajectory involvePartners(Actor actor, UUID id, long expectedVersion, List<String> partners);

  /**
   * Suggests staff who speak the family's languages, best match first.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @return the suggestions; empty when nobody matches
   */
  List<TeamSuggestion> suggestTeam(Actor actor, UUID id);

  /**
   * Records an event.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param event the event
   * @return the recorded event, with its sequence
   */
  Event record(Actor actor, UUID id, NewEvent event);

  /**
   * Reads the timeline, oldest first.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param page the page
   * @return the events
   */
  Page<Event> timeline(Actor actor, UUID id, PageRequest page);

  /**
   * Creates a task.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param task the task
   * @return the task
   */
  Task addTask(Actor actor, UUID id, NewTask task);

  /**
   * Changes the state of a task.
   *
   * @param actor who acts
   * @param taskId the task's id
   * @param expectedVersion the version the caller read
   * @param state the new state
   * @return the changed task
   */
  Task changeTask(Actor actor, UUID taskId, long expectedVersion, TaskState state);

  /**
   * Gives an open task to another owner: a staff member or a partner organisation. Allowed to
   * whoever may change the task's state; a municipality only its own tasks.
   *
   * @param actor who acts
   * @param taskId the task's id
   * @param expectedVersion the version the caller read
   * @param owner the new owner
   * @return the changed task
   * @throws nl.steunpunt.api.common.ConflictException when the task is no longer open, or stale
   * @since 0.2
   */
  Task reassignTask(Actor actor, UUID taskId, long expectedVersion, TaskOwner owner);

  /**
   * Lists the open tasks the actor may see, soonest due first.
   *
   * @param actor who acts
   * @param page the page
   * @return the tasks
   */
  Page<Task> openTasks(Actor actor, PageRequest page);

  /**
   * Lists a trajectory's open tasks, soonest due first: the tasks of {@link #openTasks} that belong
   * to this trajectory, without the user's other tasks (a municipality officer: the municipality's
   * own).
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param page the page
   * @return the page
   * @since 2.0
   */
  Page<Task> tasks(Actor actor, UUID id, PageRequest page);

  /**
   * Writes a note.
   *
   * @param actor who acts (the author)
   * @param id the trajectory's id
   * @param note the note
   * @return the note
   */
  Note writeNote(Actor actor, UUID id, NewNote note);

  /**
   * Reads the notes of a trajectory that the actor may read, newest first.
   *
   * @param actor who acts
   * @param id the trajectory's id
   * @param page the page
   * @return the notes
   */
  Page<Note> notes(Actor actor, UUID id, PageRequest page);

  /**
   * Refers a member of the trajectory's family to a therapy provider, with the consent given for
   * it. A member under 16 needs the consent of parents or guardians of the same family; a member of
   * 16 or older may consent alone (see {@link Consent}).
   *
   * @param actor who refers
   * @param id the trajectory
   * @param referral the member, the provider and the consent
   * @return the open referral, with its consent
   * @throws nl.steunpunt.api.common.ValidationException when the member, organisation or consent is
   *     not valid (consent in the future, no parent named, a named member who is not a parent or
   *     guardian of this family, a member under 16 consenting alone); nothing is written
   * @throws nl.steunpunt.api.common.ConflictException when the member is referred there already
   * @throws nl.steunpunt.api.common.NotFoundException when there is no such trajectory for the
   *     actor
   */
  Referral refer(Actor actor, UUID id, NewReferral referral);

  /**
   * Ends an open referral.
   *
   * @param actor who ends it
   * @param referralId the referral
   * @return the ended referral
   * @throws nl.steunpunt.api.common.ConflictException when it has ended already
   * @throws nl.steunpunt.api.common.NotFoundException when there is no such referral for the actor
   */
  Referral endReferral(Actor actor, UUID referralId);

  /**
   * The referrals of a trajectory, open and ended, oldest first.
   *
   * @param actor who asks
   * @param id the trajectory
   * @return the referrals
   * @throws nl.steunpunt.api.common.NotFoundException when there is no such trajectory for the
   *     actor
   */
  List<Referral> referrals(Actor actor, UUID id);

  /**
   * The open referrals to the actor's own organisation, newest first: a therapy provider's
   * worklist. Only the tie of a referral reaches them, so it is empty for an actor whose
   * organisation has none, whatever else the actor may see.
   *
   * @param actor who asks
   * @param page which part
   * @return the open referrals to the actor's organisation
   * @throws nl.steunpunt.api.common.AccessDeniedException when the actor's role may not search
   *     members at all
   */
  Page<Referral> referredTo(Actor actor, PageRequest page);

  /**
   * The critical moments of a trajectory (a death abroad), oldest first.
   *
   * @param actor who asks
   * @param id the trajectory
   * @return the moments; empty when none
   * @throws nl.steunpunt.api.common.NotFoundException when there is no such trajectory for the
   *     actor
   */
  List<CriticalMoment> criticalMoments(Actor actor, UUID id);
}
