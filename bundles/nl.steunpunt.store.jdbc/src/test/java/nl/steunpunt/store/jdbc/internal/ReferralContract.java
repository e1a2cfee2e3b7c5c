package nl.steunpunt.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Consent;
import nl.steunpunt.api.trajectory.ConsentBy;
import nl.steunpunt.api.trajectory.ConsentForm;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Referral;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The consent a referral was made with, kept as it was given; and the referrals made before consent
 * was recorded (migration 11), which read as "not recorded". Run on H2 and on PostgreSQL.
 */
abstract class ReferralContract extends OnDatabase {

  private static final String THERAPY = "therapie-noord";
  private static final LocalDate GIVEN_ON = LocalDate.of(2026, 11, 2);

  static Consent byTheMember() {
    return new Consent(ConsentBy.MEMBER, List.of(), GIVEN_ON, ConsentForm.WRITTEN);
  }

  /** A family with a trajectory and a member, stored; the member's id. */
  private record Case(UUID trajectory, UUID member) {}

  private static Case stored(Store store) {
    Family family = StoreContract.family("F-2026-0001", "0363", NOW);
    Trajectory trajectory =
        new Trajectory(UUID.randomUUID(), family.id(), Phase.SUPPORT, List.of(), Set.of(), NOW, 1);
    Member member = StoreContract.member(family.id(), "Sara", Whereabouts.AT_HOME_NL);
    store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory);
          s.members().insert(member);
          return null;
        });
    return new Case(trajectory.id(), member.id());
  }

  private Referral referral(Case c, Optional<Consent> consent) {
    return new Referral(
        UUID.randomUUID(), c.trajectory(), c.member(), THERAPY, consent, NOW, Optional.empty());
  }

  private Referral insertedAndReadBack(Referral referral) {
    store.write(
        s -> {
          s.referrals().insert(referral);
          return null;
        });
    return store.<Optional<Referral>>read(s -> s.referrals().find(referral.id())).orElseThrow();
  }

  @Test
  void theOpenReferralsToAnOrganisationComeNewestFirstAndPaged() {
    Case c = stored(store);
    Referral older =
        new Referral(
            UUID.randomUUID(),
            c.trajectory(),
            c.member(),
            THERAPY,
            Optional.of(byTheMember()),
            NOW.minusSeconds(60),
            Optional.empty());
    Referral newer = referral(c, Optional.of(byTheMember()));
    Referral ended =
        new Referral(
            UUID.randomUUID(),
            c.trajectory(),
            c.member(),
            THERAPY,
            Optional.empty(),
            NOW.minusSeconds(120),
            Optional.of(NOW));
    Referral elsewhere =
        new Referral(
            UUID.randomUUID(),
            c.trajectory(),
            c.member(),
            "therapie-zuid",
            Optional.empty(),
            NOW,
            Optional.empty());
    for (Referral referral : List.of(older, newer, ended, elsewhere)) {
      insertedAndReadBack(referral);
    }

    Page<Referral> first = store.read(s -> s.referrals().openTo(THERAPY, new PageRequest(0, 1)));
    Page<Referral> all = store.read(s -> s.referrals().openTo(THERAPY, new PageRequest(0, 10)));

    assertThat(first.items()).containsExactly(newer);
    assertThat(first.total()).isEqualTo(2);
    assertThat(all.items()).containsExactly(newer, older);
  }

  @Test
  void theMembersOwnConsentIsKeptAsItWasGiven() {
    Referral referral = referral(stored(store), Optional.of(byTheMember()));

    assertThat(insertedAndReadBack(referral)).isEqualTo(referral);
  }

  @Test
  void theParentsConsentKeepsWhoConsentedInOrder() {
    UUID mother = UUID.randomUUID();
    UUID guardian = UUID.randomUUID();
    Consent consent =
        new Consent(ConsentBy.PARENTS, List.of(mother, guardian), GIVEN_ON, ConsentForm.ORAL);
    Referral referral = referral(stored(store), Optional.of(consent));

    Referral read = insertedAndReadBack(referral);

    assertThat(read).isEqualTo(referral);
    assertThat(read.consent().orElseThrow().parentIds()).containsExactly(mother, guardian);
    assertThat(store.<List<Referral>>read(s -> s.referrals().ofTrajectory(referral.trajectoryId())))
        .containsExactly(referral);
  }

  @Test
  void aConsentIsNeverHalfStored() {
    Case c = stored(store);

    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO referral (id, trajectory_id, member_id, organisation, consent_by,"
                        + " opened_at) VALUES ('"
                        + UUID.randomUUID()
                        + "', '"
                        + c.trajectory()
                        + "', '"
                        + c.member()
                        + "', 'therapie-noord', 'MEMBER', CURRENT_TIMESTAMP)"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aReferralMadeBeforeConsentWasRecordedReadsAsNotRecorded() throws Exception {
    try (HikariDataSource old = open()) {
      // Version 10: the last schema before referrals kept their consent (migration 11).
      Migrations.migrate(old, dialect(), 10);
      Store before = new Transactions(old, "before");
      Family family = StoreContract.family("F-2026-0001", "0363", NOW);
      Trajectory trajectory =
          new Trajectory(
              UUID.randomUUID(), family.id(), Phase.SUPPORT, List.of(), Set.of(), NOW, 1);
      before.write(
          s -> {
            s.families().insert(family);
            s.trajectories().insert(trajectory);
            return null;
          });
      Case c = new Case(trajectory.id(), UUID.randomUUID());
      UUID id = UUID.randomUUID();
      // The member and the referral written with that schema's own SQL: the current code does
      // not fit it (it counts members on the family since migration 13).
      try (var connection = old.getConnection();
          var member =
              connection.prepareStatement(
                  "INSERT INTO member (id, family_id, position, role, given_name, birth_year,"
                      + " languages, whereabouts, version)"
                      + " VALUES (?, ?, 1, 'SIBLING', 'Sara', 2008, 'nl', 'AT_HOME_NL', 1)");
          var insert =
              connection.prepareStatement(
                  "INSERT INTO referral (id, trajectory_id, member_id, organisation, opened_at)"
                      + " VALUES (?, ?, ?, 'therapie-noord', ?)")) {
        connection.setAutoCommit(true);
        member.setObject(1, c.member());
        member.setObject(2, family.id());
        member.executeUpdate();
        insert.setObject(1, id);
        insert.setObject(2, c.trajectory());
        insert.setObject(3, c.member());
        insert.setObject(4, NOW.atOffset(ZoneOffset.UTC));
        insert.executeUpdate();
      }

      Migrations.migrate(old, dialect());

      Referral read =
          new Transactions(old, "after")
              .<Optional<Referral>>read(s -> s.referrals().find(id))
              .orElseThrow();
      assertThat(read.consent()).isEmpty();
      assertThat(read.memberId()).isEqualTo(c.member());
      assertThat(read.open()).isTrue();
    }
  }
}
