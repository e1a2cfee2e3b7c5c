package nl.steunpunt.web.internal.resource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.trajectory.CriticalMoment;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.NewEvent;
import nl.steunpunt.api.trajectory.NewNote;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.NewTask;
import nl.steunpunt.api.trajectory.Note;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.TeamSuggestion;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.api.trajectory.TrajectoryService;

/**
 * A trajectory service for the referral resources and the critical moments: answers with given
 * referrals and moments, or fails, and keeps what it was asked. Everything else is not needed by
 * these tests.
 */
final class FakeTrajectoryService implements TrajectoryService {

  Referral answer;
  List<Referral> referrals = List.of();
  List<CriticalMoment> moments = List.of();
  RuntimeException failure;

  Actor actor;
  UUID id;
  NewReferral referral;

  @Override
  public Referral refer(Actor actor, UUID id, NewReferral referral) {
    this.referral = referral;
    asked(actor, id);
    return answer;
  }

  @Override
  public Referral endReferral(Actor actor, UUID referralId) {
    asked(actor, referralId);
    return answer;
  }

  @Override
  public List<Referral> referrals(Actor actor, UUID id) {
    asked(actor, id);
    return referrals;
  }

  @Override
  public List<CriticalMoment> criticalMoments(Actor actor, UUID id) {
    asked(actor, id);
    return moments;
  }

  private void asked(Actor actor, UUID id) {
    this.actor = actor;
    this.id = id;
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Optional<Trajectory> find(Actor actor, UUID id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<Trajectory> ofFamily(Actor actor, UUID familyId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page<nl.steunpunt.api.trajectory.Task> tasks(Actor actor, UUID id, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<nl.steunpunt.api.trajectory.CaseFile> caseFile(Actor actor, UUID familyId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page<Family> familiesInPhase(
      Actor actor, Phase phase, FamilySearch search, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Trajectory changePhase(
      Actor actor, UUID id, long expectedVersion, Phase to, Optional<String> reason) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Trajectory assignTeam(
      Actor actor, UUID id, long expectedVersion, List<TeamAssignment> team) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Trajectory involvePartners(
      Actor actor, UUID id, long expectedVersion, List<String> partners) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<TeamSuggestion> suggestTeam(Actor actor, UUID id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Event record(Actor actor, UUID id, NewEvent event) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page<Event> timeline(Actor actor, UUID id, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Task addTask(Actor actor, UUID id, NewTask task) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Task changeTask(Actor actor, UUID taskId, long expectedVersion, TaskState state) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Task reassignTask(
      Actor actor, UUID taskId, long expectedVersion, nl.steunpunt.api.trajectory.TaskOwner owner) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page<Task> openTasks(Actor actor, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Note writeNote(Actor actor, UUID id, NewNote note) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page<Note> notes(Actor actor, UUID id, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public nl.steunpunt.api.common.Page<Referral> referredTo(
      Actor actor, nl.steunpunt.api.common.PageRequest page) {
    throw new UnsupportedOperationException();
  }
}
