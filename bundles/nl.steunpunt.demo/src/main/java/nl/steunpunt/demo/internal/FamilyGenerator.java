package nl.steunpunt.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.Family;
import nl.steunpunt.api.family.FamilyStatus;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.family.MemberRole;
import nl.steunpunt.api.family.Whereabouts;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.trajectory.Expertise;
import nl.steunpunt.api.trajectory.Phase;
import nl.steunpunt.api.trajectory.Task;
import nl.steunpunt.api.trajectory.TaskOwner;
import nl.steunpunt.api.trajectory.TaskState;
import nl.steunpunt.api.trajectory.TeamAssignment;
import nl.steunpunt.api.trajectory.Trajectory;

/**
 * Makes fictitious families, consistent with the centre's public account: about eight in ten
 * families that had contact go on to a full trajectory (with their municipality involved), more
 * than a quarter are of Dutch origin, most children abroad are still there, some returned and were
 * detained, a few died abroad. Given names only, common ones; no real person. The same seed gives
 * the same families, so demos and benchmarks are reproducible.
 */
public final class FamilyGenerator {

  /** One generated family with everything that belongs to it. */
  public record Generated(
      Family family,
      List<Member> members,
      Trajectory trajectory,
      List<Event> events,
      List<Task> tasks) {}

  /** The centre's twelve specialists, fictitious, with the languages they counsel in. */
  public static final List<TeamAssignment> SPECIALISTS =
      List.of(
          new TeamAssignment(
              "fatima.elamrani", Expertise.RADICALISATION_EXPERT, List.of("ar", "tzm", "nl", "fr")),
          new TeamAssignment("jan.devries", Expertise.RADICALISATION_EXPERT, List.of("nl", "en")),
          new TeamAssignment("selin.yilmaz", Expertise.FAMILY_THERAPIST, List.of("tr", "nl")),
          new TeamAssignment("hodan.ali", Expertise.COUNSELLOR, List.of("so", "nl", "en")),
          new TeamAssignment("karim.bouzid", Expertise.COUNSELLOR, List.of("ar", "nl")),
          new TeamAssignment("anouk.jansen", Expertise.FAMILY_THERAPIST, List.of("nl", "en", "de")),
          new TeamAssignment("emir.hodzic", Expertise.COUNSELLOR, List.of("bs", "nl")),
          new TeamAssignment("marieke.smit", Expertise.PSYCHIATRIST, List.of("nl", "en")),
          new TeamAssignment(
              "rustam.umarov", Expertise.RADICALISATION_EXPERT, List.of("ru", "ce", "nl")),
          new TeamAssignment(
              "nadia.haddou", Expertise.FAMILY_THERAPIST, List.of("tzm", "ar", "nl")),
          new TeamAssignment("thomas.bakker", Expertise.COUNSELLOR, List.of("nl")),
          new TeamAssignment("leila.mansour", Expertise.PSYCHIATRIST, List.of("ar", "fr", "nl")));

  private static final String[] MUNICIPALITIES = {
    "0363", "0599", "0518", "0344", "0202", "0503", "0637", "0513", "0935", "0772", "0034", "0406",
    "0855", "0546", "0479", "0505", "0268", "0014", "0153", "0394"
  };
  private static final List<List<String>> MIGRANT_LANGUAGES =
      List.of(
          List.of("ar", "nl"),
          List.of("tzm", "nl"),
          List.of("tzm", "ar", "nl"),
          List.of("tr", "nl"),
          List.of("so", "nl"),
          List.of("bs", "nl"),
          List.of("ce", "ru", "nl"),
          List.of("ar", "fr", "nl"));
  private static final String[] NAMES = {
    "Sara", "Yusuf", "Adam", "Lina", "Noah", "Emma", "Daan", "Sanne", "Ayaan", "Hodan", "Amir",
    "Selin", "Emre", "Elif", "Ilias", "Hamza", "Nora", "Milan", "Fenna", "Bilal", "Rayan", "Ines",
    "Mohammed", "Fatima", "Aisha", "Omar", "Jesse", "Lotte", "Khadija", "Samira", "Kevin", "Laura"
  };

  private final Random random;
  private final Instant now;

  public FamilyGenerator(long seed, Instant now) {
    this.random = new Random(seed);
    this.now = now;
  }

  /** Makes the next family; {@code reference} comes from the store's counter for its year. */
  public Generated next(IntFunction<String> referenceForYear) {
    Instant contact = now.minus(Duration.ofDays(30 + random.nextInt(11 * 365)));
    int year = contact.atZone(ZoneOffset.UTC).getYear();
    boolean dutchOrigin = random.nextInt(100) < 28;
    List<String> languages = dutchOrigin ? List.of("nl") : pick(MIGRANT_LANGUAGES);
    String municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
    Phase phase = phase(contact);
    Family family =
        new Family(
            UUID.randomUUID(),
            referenceForYear.apply(year),
            municipality,
            languages,
            dutchOrigin ? Background.DUTCH_ORIGIN : Background.MIGRANT_BACKGROUND,
            phase == Phase.CLOSED ? FamilyStatus.INACTIVE : FamilyStatus.ACTIVE,
            contact,
            Optional.empty(),
            1);
    List<Member> members = members(family, languages);
    UUID trajectoryId = UUID.randomUUID();
    Set<String> partners = new HashSet<>();
    if (phase != Phase.CONTACT) {
      partners.add("GM" + municipality);
    }
    List<TeamAssignment> team = team(languages);
    List<Event> events = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    history(trajectoryId, contact, phase, members, team.get(0).user(), events, tasks);
    Trajectory trajectory =
        new Trajectory(trajectoryId, family.id(), phase, team, partners, contact, 1);
    return new Generated(family, members, trajectory, events, tasks);
  }

  private Phase phase(Instant contact) {
    int roll = random.nextInt(100);
    boolean recent = contact.isAfter(now.minus(Duration.ofDays(120)));
    if (roll < 22 || recent) {
      return roll < 8 ? Phase.CLOSED : Phase.CONTACT;
    }
    return roll < 70 ? Phase.SUPPORT : roll < 88 ? Phase.AFTERCARE : Phase.CLOSED;
  }

  private List<Member> members(Family family, List<String> languages) {
    List<Member> members = new ArrayList<>();
    int parentYear = 1960 + random.nextInt(20);
    int parents = 1 + random.nextInt(2);
    for (int i = 0; i < parents; i++) {
      members.add(
          member(
              family,
              MemberRole.PARENT,
              parentYear + random.nextInt(4),
              languages,
              Whereabouts.AT_HOME_NL));
    }
    int childYear = parentYear + 22 + random.nextInt(8);
    members.add(member(family, MemberRole.CHILD_ABROAD, childYear, languages, abroad()));
    int siblings = 1 + random.nextInt(4);
    for (int i = 0; i < siblings; i++) {
      members.add(
          member(
              family,
              MemberRole.SIBLING,
              childYear + 1 + random.nextInt(12),
              languages,
              Whereabouts.AT_HOME_NL));
    }
    if (random.nextInt(5) == 0) {
      members.add(
          member(
              family,
              MemberRole.OTHER_RELATIVE,
              parentYear - 20 - random.nextInt(10),
              languages,
              Whereabouts.AT_HOME_NL));
    }
    return members;
  }

  private Whereabouts abroad() {
    int roll = random.nextInt(100);
    return roll < 55
        ? Whereabouts.ABROAD_CONFLICT_ZONE
        : roll < 70
            ? Whereabouts.RETURNED
            : roll < 85
                ? Whereabouts.DETAINED
                : roll < 92
                    ? Whereabouts.UNKNOWN
                    : roll < 97 ? Whereabouts.AT_HOME_NL : Whereabouts.DECEASED;
  }

  private Member member(
      Family family,
      MemberRole role,
      int birthYear,
      List<String> languages,
      Whereabouts whereabouts) {
    return new Member(
        UUID.randomUUID(),
        family.id(),
        role,
        NAMES[random.nextInt(NAMES.length)],
        Math.min(birthYear, now.atZone(ZoneOffset.UTC).getYear()),
        languages,
        whereabouts,
        1);
  }

  private List<TeamAssignment> team(List<String> languages) {
    List<TeamAssignment> speakers =
        SPECIALISTS.stream().filter(s -> s.languages().contains(languages.get(0))).toList();
    List<TeamAssignment> team = new ArrayList<>();
    team.add(speakers.isEmpty() ? pick(SPECIALISTS) : pick(speakers));
    TeamAssignment second = pick(SPECIALISTS);
    if (!team.contains(second) && random.nextBoolean()) {
      team.add(second);
    }
    return team;
  }

  private void history(
      UUID trajectory,
      Instant contact,
      Phase phase,
      List<Member> members,
      String counsellor,
      List<Event> events,
      List<Task> tasks) {
    Member child =
        members.stream().filter(m -> m.role() == MemberRole.CHILD_ABROAD).findFirst().orElseThrow();
    Instant departed = contact.minus(Duration.ofDays(30 + random.nextInt(700)));
    events.add(
        event(trajectory, child, departed, contact, counsellor, new EventDetail.Departure()));
    Instant at = contact;
    if (phase != Phase.CONTACT && !(phase == Phase.CLOSED && random.nextBoolean())) {
      at = at.plus(Duration.ofDays(14 + random.nextInt(60)));
      events.add(
          event(
              trajectory,
              null,
              at,
              at,
              counsellor,
              new EventDetail.PhaseChange(Phase.CONTACT, Phase.SUPPORT, Optional.empty())));
      for (int i = 0, sessions = 1 + random.nextInt(5); i < sessions && at.isBefore(now); i++) {
        at = at.plus(Duration.ofDays(7 + random.nextInt(30)));
        events.add(event(trajectory, null, at, at, counsellor, new EventDetail.SessionHeld()));
      }
    }
    switch (child.whereabouts()) {
      case RETURNED, DETAINED -> {
        events.add(event(trajectory, child, at, at, counsellor, new EventDetail.Return()));
        if (child.whereabouts() == Whereabouts.DETAINED) {
          events.add(event(trajectory, child, at, at, counsellor, new EventDetail.Detention()));
          events.add(event(trajectory, child, at, at, counsellor, new EventDetail.Prosecution()));
        }
      }
      case DECEASED -> {
        events.add(event(trajectory, child, at, at, counsellor, new EventDetail.DeathAbroad()));
        LocalDate due = at.atZone(ZoneOffset.UTC).toLocalDate();
        tasks.add(
            task(
                trajectory,
                "Support plan for the family",
                new TaskOwner.Staff(counsellor),
                due.plusDays(2)));
        members.stream()
            .filter(m -> m.role() == MemberRole.SIBLING)
            .forEach(
                sibling ->
                    tasks.add(
                        task(
                            trajectory,
                            "Risk review of a sibling",
                            new TaskOwner.Staff(counsellor),
                            due.plusDays(7))));
      }
      case ABROAD_CONFLICT_ZONE -> {
        if (random.nextInt(4) == 0) {
          events.add(
              event(trajectory, child, at, at, counsellor, new EventDetail.ContactFromAbroad()));
        }
      }
      default -> {}
    }
    if (phase == Phase.AFTERCARE || phase == Phase.CLOSED && events.size() > 2) {
      at = at.plus(Duration.ofDays(30));
      events.add(
          event(
              trajectory,
              null,
              at,
              at,
              counsellor,
              new EventDetail.PhaseChange(Phase.SUPPORT, Phase.AFTERCARE, Optional.empty())));
    }
    if (phase == Phase.CLOSED) {
      at = at.plus(Duration.ofDays(30));
      Phase from = events.size() > 2 ? Phase.AFTERCARE : Phase.CONTACT;
      events.add(
          event(
              trajectory,
              null,
              at,
              at,
              counsellor,
              new EventDetail.PhaseChange(from, Phase.CLOSED, Optional.empty())));
    }
    events.removeIf(e -> e.occurredAt().isAfter(now));
  }

  private Event event(
      UUID trajectory,
      Member member,
      Instant occurred,
      Instant recorded,
      String by,
      EventDetail detail) {
    Instant when = occurred.isAfter(now) ? now : occurred;
    return new Event(
        0,
        trajectory,
        Optional.ofNullable(member).map(Member::id),
        when,
        recorded.isBefore(when) ? when : recorded.isAfter(now) ? now : recorded,
        by,
        OptionalLong.empty(),
        detail);
  }

  private Task task(UUID trajectory, String title, TaskOwner owner, LocalDate due) {
    return new Task(
        UUID.randomUUID(),
        trajectory,
        title,
        owner,
        due,
        due.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? TaskState.DONE : TaskState.OPEN,
        1);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
