package nl.steunpunt.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.FamilyFilter;
import nl.steunpunt.store.StoreSession;

/**
 * Ties the demo accounts to some of the generated families, so each of them sees what their role
 * would see: the demo counsellor is on the team of one family in six, with a task in each open one,
 * the demo therapist has referrals in three families, each made with consent. (The demo
 * municipality officer sees Amsterdam's full trajectories without any help.)
 */
final class DemoRelations {

  static final String COUNSELLOR = "counsellor";
  static final String THERAPY = "therapy-demo";
  static final int EVERY_NTH = 6;
  static final int REFERRALS = 3;

  private DemoRelations() {}

  static void write(StoreSession s, Instant now) {
    List<Family> families = s.families().search(FamilyFilter.ALL, new PageRequest(0, 200)).items();
    int referred = 0;
    for (int i = 0; i < families.size(); i++) {
      Family family = families.get(i);
      Trajectory trajectory = s.trajectories().ofFamily(family.id()).orElseThrow();
      if (i % EVERY_NTH == 0) {
        List<TeamAssignment> team = new ArrayList<>(trajectory.team());
        team.add(new TeamAssignment(COUNSELLOR, Expertise.COUNSELLOR, List.of("nl", "en", "ar")));
        s.trajectories()
            .update(
                new Trajectory(
                    trajectory.id(),
                    family.id(),
                    trajectory.phase(),
                    team,
                    trajectory.partners(),
                    trajectory.openedAt(),
                    trajectory.version() + 1),
                trajectory.version());
        if (trajectory.phase() != Phase.CLOSED) {
          // Something in the demo counsellor's inbox: the next conversation with each family.
          s.tasks()
              .insert(
                  new Task(
                      UUID.randomUUID(),
                      trajectory.id(),
                      family.reference() + ": plan the next conversation with the family",
                      new TaskOwner.Staff(COUNSELLOR),
                      LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1 + i % 10),
                      TaskState.OPEN,
                      1));
        }
      }
      if (referred < REFERRALS && trajectory.phase() == Phase.SUPPORT) {
        Optional<Referral> referral = referral(trajectory, s.members().ofFamily(family.id()), now);
        if (referral.isPresent()) {
          s.referrals().insert(referral.get());
          referred++;
        }
      }
    }
  }

  /**
   * A referral of the family's first member, with consent as the rules allow it: the member's own
   * from 16, else the parents' and guardians'; none when a child has no parent in the family.
   */
  private static Optional<Referral> referral(
      Trajectory trajectory, List<Member> members, Instant now) {
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Member member = members.get(0);
    LocalDate givenOn = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2);
    List<UUID> parents =
        members.stream()
            .filter(m -> m.role() == MemberRole.PARENT || m.role() == MemberRole.GUARDIAN)
            .filter(m -> !m.id().equals(member.id()))
            .map(Member::id)
            .toList();
    Consent consent;
    if (CopiedRules.mayConsentAlone(member, givenOn)) {
      consent = new Consent(ConsentBy.MEMBER, List.of(), givenOn, ConsentForm.WRITTEN);
    } else if (!parents.isEmpty()) {
      consent = new Consent(ConsentBy.PARENTS, parents, givenOn, ConsentForm.WRITTEN);
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Referral(
            UUID.randomUUID(),
            trajectory.id(),
            member.id(),
            THERAPY,
            Optional.of(consent),
            now,
            Optional.empty()));
  }
}
