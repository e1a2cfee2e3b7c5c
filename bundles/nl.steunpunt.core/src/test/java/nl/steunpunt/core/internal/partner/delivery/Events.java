package nl.steunpunt.core.internal.partner.delivery;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Trajectory;
import nl.steunpunt.core.internal.family.CoreServices;

/** Families in a trajectory and events on their timeline, stored directly, for delivery tests. */
public final class Events {

  record Case(UUID family, UUID trajectory, UUID member) {}

  private final CoreServices services;
  private int families;

  public Events(CoreServices services) {
    this.services = services;
  }

  public Case stored(String municipality) {
    families++;
    Family family =
        new Family(
            UUID.randomUUID(),
            String.format("F-2026-%04d", families),
            municipality,
            List.of("nl"),
            Background.MIGRANT_BACKGROUND,
            FamilyStatus.ACTIVE,
            CoreServices.NOW,
            Optional.empty(),
            1);
    Trajectory trajectory =
        new Trajectory(
            UUID.randomUUID(),
            family.id(),
            Phase.SUPPORT,
            List.of(),
            Set.of(),
            CoreServices.NOW,
            1);
    Member member =
        new Member(
            UUID.randomUUID(),
            family.id(),
            MemberRole.SIBLING,
            "Sara",
            2008,
            List.of("nl"),
            Whereabouts.AT_HOME_NL,
            1);
    services.store.write(
        s -> {
          s.families().insert(family);
          s.trajectories().insert(trajectory);
          s.members().insert(member);
          return null;
        });
    return new Case(family.id(), trajectory.id(), member.id());
  }

  public long append(Case c) {
    return services.store.write(
        s ->
            s.events()
                .append(
                    new Event(
                        0,
                        c.trajectory(),
                        Optional.of(c.member()),
                        CoreServices.NOW,
                        CoreServices.NOW,
                        "fatima",
                        OptionalLong.empty(),
                        new EventDetail.PhaseChange(
                            Phase.CONTACT, Phase.SUPPORT, Optional.of("free text"))))
                .sequence());
  }
}
