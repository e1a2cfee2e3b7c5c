package nl.steunpunt.core.internal.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.api.report.SecurityReport;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;

/**
 * The context one partner bundle gets: its records, each call one audited unit of work for the
 * staff user it acts for, through the bundle's own channel (never one the caller names). A subject
 * out of the grant's reach, or out of the user's, answers like a missing one. The grant is asked
 * again on every call, so a revoked grant or a bundle taken off the allow-list stops at once.
 */
final class PartnerRecordContext implements PartnerContext {

  static final String RECORD = "partner-record";
  private static final String JSON = "json";

  private final Cases cases;
  private final Supplier<Optional<PartnerGrant>> grants;
  private final PartnerGrant granted;
  private final Channel.PartnerBundle channel;

  /**
   * @param granted the grant when the bundle got the context; fixes partner id, kind and purpose
   * @param grants the bundle's grant now
   */
  PartnerRecordContext(
      Cases cases,
      PartnerGrant granted,
      Supplier<Optional<PartnerGrant>> grants,
      Channel.PartnerBundle channel) {
    this.cases = cases;
    this.granted = granted;
    this.grants = grants;
    this.channel = channel;
  }

  @Override
  public String partnerId() {
    return granted.partnerId();
  }

  @Override
  public OrganisationKind kind() {
    return granted.kind();
  }

  @Override
  public Purpose purpose() {
    return granted.purpose();
  }

  @Override
  public PartnerRecord create(Actor actor, RecordSubject subject, String json) {
    RecordJson.require(JSON, json);
    PartnerGrant grant = grant();
    return cases.run(
        via(actor),
        g -> {
          UUID id = UUID.randomUUID();
          Reach reach = reach(g, grant, subject, id);
          PartnerRecord record =
              new PartnerRecord(id, grant.partnerId(), subject, json, g.now(), g.now(), 1);
          g.store().partnerRecords().insert(record, reach.familyId());
          written(g, grant, Action.CREATE, reach, id, "created");
          return record;
        });
  }

  @Override
  public Optional<PartnerRecord> find(Actor actor, UUID id) {
    PartnerGrant grant = grant();
    try {
      return Optional.of(
          cases.run(
              via(actor),
              g -> {
                PartnerRecord record = existing(g, grant, id);
                reach(g, grant, record.subject(), id);
                return record;
              }));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<PartnerRecord> of(Actor actor, RecordSubject subject) {
    PartnerGrant grant = grant();
    try {
      return cases.run(
          via(actor),
          g -> {
            reach(g, grant, subject, subject.id());
            return g.store().partnerRecords().ofSubject(grant.partnerId(), subject);
          });
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  @Override
  public PartnerRecord update(Actor actor, UUID id, long expectedVersion, String json) {
    RecordJson.require(JSON, json);
    PartnerGrant grant = grant();
    return cases.run(
        via(actor),
        g -> {
          PartnerRecord current = existing(g, grant, id);
          Reach reach = reach(g, grant, current.subject(), id);
          PartnerRecord changed =
              new PartnerRecord(
                  id,
                  current.partnerId(),
                  current.subject(),
                  json,
                  current.createdAt(),
                  g.now(),
                  expectedVersion + 1);
          if (current.version() != expectedVersion
              || !g.store().partnerRecords().update(changed, expectedVersion)) {
            throw ConflictException.stale(RECORD, expectedVersion);
          }
          written(g, grant, Action.UPDATE, reach, id, "updated");
          return changed;
        });
  }

  @Override
  public void delete(Actor actor, UUID id, long expectedVersion) {
    PartnerGrant grant = grant();
    cases.run(
        via(actor),
        g -> {
          PartnerRecord current = existing(g, grant, id);
          Reach reach = reach(g, grant, current.subject(), id);
          if (current.version() != expectedVersion
              || !g.store().partnerRecords().delete(grant.partnerId(), id, expectedVersion)) {
            throw ConflictException.stale(RECORD, expectedVersion);
          }
          // There is no DELETE action in the audit vocabulary; a deletion is a change.
          written(g, grant, Action.UPDATE, reach, id, "deleted");
          return null;
        });
  }

  private Actor via(Actor actor) {
    return actor.via(channel);
  }

  private PartnerGrant grant() {
    return grants
        .get()
        .filter(g -> g.partnerId().equals(granted.partnerId()))
        .orElseThrow(() -> new AccessDeniedException("The partner's grant was revoked."));
  }

  private static PartnerRecord existing(Gate g, PartnerGrant grant, UUID id) {
    return g.store()
        .partnerRecords()
        .find(grant.partnerId(), id)
        .orElseThrow(() -> new NotFoundException(RECORD, id));
  }

  /**
   * What a record's subject is tied to, once the grant and the user's rights allowed reading it.
   */
  private record Reach(UUID familyId, DataCategory category, Optional<UUID> breakGlass) {}

  /**
   * Allows reading the subject, for the partner (its grant) and for the user (the access policy),
   * and audits it; refuses it as not found otherwise.
   */
  private static Reach reach(Gate g, PartnerGrant grant, RecordSubject subject, UUID recordId) {
    DataCategory category = categoryOf(subject.kind());
    if (!grant.categories().contains(category)) {
      throw g.forbid(Action.READ, category, RECORD);
    }
    return switch (subject.kind()) {
      case FAMILY -> {
        var family =
            g.store()
                .families()
                .find(subject.id())
                .orElseThrow(() -> new NotFoundException("family", subject.id()));
        withinGrant(g, grant, family.id(), Optional.empty(), category, subject);
        yield reach(g.family(Action.READ, category, family.id(), RECORD, recordId), category);
      }
      case MEMBER -> {
        var member =
            g.store()
                .members()
                .find(subject.id())
                .orElseThrow(() -> new NotFoundException("member", subject.id()));
        withinGrant(g, grant, member.familyId(), Optional.of(member.id()), category, subject);
        yield reach(g.member(Action.READ, category, member), category);
      }
      case TRAJECTORY -> {
        var trajectory =
            g.store()
                .trajectories()
                .find(subject.id())
                .orElseThrow(() -> new NotFoundException("trajectory", subject.id()));
        withinGrant(g, grant, trajectory.familyId(), Optional.empty(), category, subject);
        yield reach(
            g.trajectory(Action.READ, category, trajectory.id(), RECORD, recordId), category);
      }
      case REPORT -> report(g, grant, subject, recordId, category);
    };
  }

  private static Reach report(
      Gate g, PartnerGrant grant, RecordSubject subject, UUID recordId, DataCategory category) {
    SecurityReport report =
        g.store()
            .reports()
            .find(subject.id())
            .orElseThrow(() -> new NotFoundException("report", subject.id()));
    UUID familyId = g.store().trajectories().find(report.trajectoryId()).orElseThrow().familyId();
    if (grant.kind() == OrganisationKind.POLICE) {
      // The police liaison's relationship is the report addressed to the police, as in the
      // report service's received reports: the access policy has no family tie to decide it.
      if (!GrantScope.disclosedToPolice(report) || !g.actor().has(Role.POLICE_LIAISON)) {
        throw g.refuse(Action.READ, category, "report", subject.id(), familyId);
      }
      g.record(
          Action.READ,
          category,
          RECORD,
          recordId,
          familyId,
          grant.purpose(),
          Optional.empty(),
          Optional.of("partner " + grant.partnerId() + " report " + subject.id()));
      return new Reach(familyId, category, Optional.empty());
    }
    withinGrant(g, grant, familyId, Optional.of(report.memberId()), category, subject);
    return reach(
        g.trajectory(Action.READ, category, report.trajectoryId(), RECORD, recordId), category);
  }

  private static Reach reach(Permit permit, DataCategory category) {
    return new Reach(permit.family().id(), category, permit.decision().breakGlass());
  }

  /** Refuses, as not found, a subject outside the partner's grant. */
  private static void withinGrant(
      Gate g,
      PartnerGrant grant,
      UUID familyId,
      Optional<UUID> member,
      DataCategory category,
      RecordSubject subject) {
    boolean within =
        switch (grant.kind()) {
          case MUNICIPALITY -> {
            var family = g.store().families().find(familyId).orElseThrow();
            var phase = g.store().trajectories().ofFamily(familyId).map(t -> t.phase());
            yield GrantScope.municipal(grant, family.municipality(), phase);
          }
          case THERAPY ->
              grant.organisation().isPresent()
                  && subject.kind() != RecordSubject.Kind.REPORT
                  && GrantScope.referred(
                      grant,
                      g.store().referrals().openMembers(familyId, grant.organisation().get()),
                      member);
          case POLICE -> false;
          case OTHER -> true;
        };
    if (!within) {
      throw g.refuse(
          Action.READ, category, subject.kind().name().toLowerCase(), subject.id(), familyId);
    }
  }

  private static void written(
      Gate g, PartnerGrant grant, Action action, Reach reach, UUID id, String what) {
    g.record(
        action,
        reach.category(),
        RECORD,
        id,
        reach.familyId(),
        grant.purpose(),
        reach.breakGlass(),
        Optional.of("partner " + grant.partnerId() + " " + what));
  }

  private static DataCategory categoryOf(RecordSubject.Kind kind) {
    return switch (kind) {
      case FAMILY, MEMBER -> DataCategory.IDENTITY;
      case TRAJECTORY -> DataCategory.TRAJECTORY_STATUS;
      case REPORT -> DataCategory.SECURITY_REPORTS;
    };
  }
}
