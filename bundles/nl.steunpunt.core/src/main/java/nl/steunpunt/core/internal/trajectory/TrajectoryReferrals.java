package nl.steunpunt.core.internal.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.trajectory.NewReferral;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;
import nl.steunpunt.core.internal.validation.Check;

/**
 * Referrals of members to therapy providers, for {@link CoreTrajectoryService}: what gives a
 * therapist access to a member.
 */
final class TrajectoryReferrals {

  private final Cases cases;

  TrajectoryReferrals(Cases cases) {
    this.cases = cases;
  }

  Referral refer(Actor actor, UUID id, NewReferral referral) {
    Check check = new Check();
    if (!check.present(referral, "body")) {
      check.done();
    }
    check.present(referral.memberId(), "memberId");
    if (check.present(referral.organisation(), "organisation")) {
      check.that(
          CoreTrajectoryService.isOrganisation(referral.organisation()),
          "organisation",
          "is not an organisation id such as therapy-noord");
    }
    LocalDate today = Instant.now(cases.clock()).atZone(ReferralConsent.NETHERLANDS).toLocalDate();
    ReferralConsent.checkParts(check, referral.consent(), today);
    check.done();
    UUID memberId = referral.memberId();
    String organisation = referral.organisation();
    return cases.run(
        actor,
        g -> {
          UUID referralId = UUID.randomUUID();
          Permit permit =
              g.trajectory(
                  Action.CREATE, DataCategory.TRAJECTORY_STATUS, id, "referral", referralId);
          var s = permit.store();
          Optional<Member> member = permit.member(memberId);
          if (member.isEmpty()) {
            throw ValidationException.of("memberId", "is not a member of this family");
          }
          Check consent = new Check();
          ReferralConsent.checkFor(consent, referral.consent(), member.get(), permit.members());
          consent.done();
          if (permit.openReferrals(organisation).contains(memberId)) {
            throw new ConflictException("The member is referred there already.");
          }
          Referral made =
              new Referral(
                  referralId,
                  id,
                  memberId,
                  organisation,
                  Optional.of(referral.consent()),
                  g.now(),
                  Optional.empty());
          s.referrals().insert(made);
          return made;
        });
  }

  Referral end(Actor actor, UUID referralId) {
    return cases.run(
        actor,
        g -> {
          Permitted<Referral> allowed =
              g.referral(Action.UPDATE, DataCategory.TRAJECTORY_STATUS, referralId);
          var s = allowed.permit().store();
          Referral current = allowed.record();
          if (!s.referrals().close(referralId, g.now())) {
            throw new ConflictException("The referral has ended already.");
          }
          return current.withClosedAt(Optional.of(g.now()));
        });
  }

  /**
   * The open referrals to the actor's organisation: only the referral tie the policy gives in the
   * scope of a member search reaches them (a therapist, or a therapy partner whose organisation is
   * the user's).
   */
  Page<Referral> referredTo(Actor actor, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          return g.scope(
                  Action.SEARCH,
                  DataCategory.IDENTITY,
                  "referral",
                  "open referrals to " + actor.organisation().id())
              .openReferrals(page);
        });
  }

  List<Referral> of(Actor actor, UUID id) {
    return cases.run(
        actor,
        g -> {
          return g.trajectory(Action.READ, DataCategory.TRAJECTORY_STATUS, id, "referral", id)
              .referrals();
        });
  }
}
