package nl.steunpunt.core.internal.partner.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Gate;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;

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
  private final ChannelledServices services;
  private final Actor itself;

  /**
   * @param granted the grant when the bundle got the context; fixes partner id, kind and purpose
   * @param grants the bundle's grant now
   * @param platform the platform's case service of a type, or null when it is gone
   */
  PartnerRecordContext(
      Cases cases,
      PartnerGrant granted,
      Supplier<Optional<PartnerGrant>> grants,
      Channel.PartnerBundle channel,
      Function<Class<?>, Object> platform) {
    this.cases = cases;
    this.granted = granted;
    this.grants = grants;
    this.channel = channel;
    this.services = new ChannelledServices(channel, platform, this::own, cases.callers());
    this.itself =
        cases
            .actors()
            .itself(
                granted.partnerId(),
                granted.organisation().map(Organisation::new).orElse(Organisation.CENTRE),
                channel);
  }

  @Override
  public Actor self() {
    return itself;
  }

  /** Ends the partner's own actor; the context is being released. */
  void release() {
    cases.actors().withdraw(itself);
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
  public <S> S service(Class<S> type) {
    return services.service(type);
  }

  @Override
  public PartnerRecord create(Actor actor, RecordSubject subject, String json) {
    RecordJson.require(JSON, json);
    PartnerGrant grant = grant();
    try {
      return run(
          actor,
          g -> {
            UUID id = UUID.randomUUID();
            Permit permit = reach(g, grant, subject, id);
            PartnerRecord record =
                new PartnerRecord(id, grant.partnerId(), subject, json, g.now(), g.now(), 1);
            permit.store().partnerRecords().insert(record, permit.family().id());
            written(g, grant, Action.CREATE, permit, subject, id, "created");
            return record;
          });
    } catch (NotFoundException e) {
      // The refusal was audited on the record; the partner is told which subject it could not
      // reach.
      throw new NotFoundException(
          subject.kind().name().toLowerCase(java.util.Locale.ROOT), subject.id());
    }
  }

  @Override
  public Optional<PartnerRecord> find(Actor actor, UUID id) {
    PartnerGrant grant = grant();
    try {
      return Optional.of(
          run(
              actor,
              g -> {
                return existing(g, grant, id).record();
              }));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<PartnerRecord> of(Actor actor, RecordSubject subject) {
    PartnerGrant grant = grant();
    try {
      return run(
          actor,
          g -> {
            return reach(g, grant, subject, subject.id())
                .partnerRecords(grant.partnerId(), subject);
          });
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  @Override
  public PartnerRecord update(Actor actor, UUID id, long expectedVersion, String json) {
    RecordJson.require(JSON, json);
    PartnerGrant grant = grant();
    return run(
        actor,
        g -> {
          Permitted<PartnerRecord> allowed = existing(g, grant, id);
          PartnerRecord current = allowed.record();
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
              || !allowed.permit().store().partnerRecords().update(changed, expectedVersion)) {
            throw ConflictException.stale(RECORD, expectedVersion);
          }
          written(g, grant, Action.UPDATE, allowed.permit(), current.subject(), id, "updated");
          return changed;
        });
  }

  @Override
  public void delete(Actor actor, UUID id, long expectedVersion) {
    PartnerGrant grant = grant();
    run(
        actor,
        g -> {
          Permitted<PartnerRecord> allowed = existing(g, grant, id);
          PartnerRecord current = allowed.record();
          if (current.version() != expectedVersion
              || !allowed
                  .permit()
                  .store()
                  .partnerRecords()
                  .delete(grant.partnerId(), id, expectedVersion)) {
            throw ConflictException.stale(RECORD, expectedVersion);
          }
          // There is no DELETE action in the audit vocabulary; a deletion is a change.
          written(g, grant, Action.UPDATE, allowed.permit(), current.subject(), id, "deleted");
          return null;
        });
  }

  /**
   * The actor a call of this bundle runs for: the user of the request in progress on this bundle's
   * channel, or the partner itself. Any other actor (built by the bundle, kept from an earlier
   * request, or another channel's) is refused and audited.
   */
  private Actor own(Actor actor) {
    Optional<String> refusal = cases.actors().refusalOn(actor, channel);
    if (refusal.isPresent()) {
      throw cases.refuseActor(actor, refusal.get());
    }
    return actor;
  }

  /** A unit of work of this bundle's, through its own context (see {@code Callers}). */
  private <T> T run(Actor actor, java.util.function.Function<Gate, T> work) {
    return cases.callers().through(channel, () -> cases.run(own(actor), work));
  }

  private PartnerGrant grant() {
    return grants
        .get()
        .filter(g -> g.partnerId().equals(granted.partnerId()))
        .orElseThrow(() -> new AccessDeniedException("The partner's grant was revoked."));
  }

  /** One of this partner's records, once the policy allowed the user to read its subject. */
  private static Permitted<PartnerRecord> existing(Gate g, PartnerGrant grant, UUID id) {
    return g.partnerRecord(grant.partnerId(), id, record -> reach(g, grant, record.subject(), id));
  }

  /**
   * Allows reading the subject through the partner's channel, and audits it; refuses it as not
   * found otherwise. The policy intersects the user's rights with the grant: its categories, and
   * only the tie the partner's kind stands for.
   */
  private static Permit reach(Gate g, PartnerGrant grant, RecordSubject subject, UUID recordId) {
    DataCategory category = categoryOf(grant.kind(), subject.kind());
    return switch (subject.kind()) {
      case FAMILY -> g.family(Action.READ, category, subject.id(), RECORD, recordId);
      case MEMBER -> g.member(Action.READ, category, subject.id()).permit();
      case TRAJECTORY -> g.trajectory(Action.READ, category, subject.id(), RECORD, recordId);
      case REPORT -> report(g, grant, subject, recordId, category);
    };
  }

  /**
   * A report is reached by a recipient (the police, a municipality) as a report the centre made to
   * them, like {@code ReportService.received}; by anyone else through the trajectory.
   */
  private static Permit report(
      Gate g, PartnerGrant grant, RecordSubject subject, UUID recordId, DataCategory category) {
    if (g.recipient().isPresent()) {
      Permit permit = g.received(Action.READ, subject.id()).permit();
      g.record(
          Action.READ,
          category,
          RECORD,
          recordId,
          permit.family().id(),
          grant.purpose(),
          Optional.empty(),
          Optional.of("partner " + grant.partnerId() + " report " + subject.id()));
      return permit;
    }
    return g.report(Action.READ, subject.id(), RECORD, recordId).permit();
  }

  private static void written(
      Gate g,
      PartnerGrant grant,
      Action action,
      Permit permit,
      RecordSubject subject,
      UUID id,
      String what) {
    g.record(
        action,
        categoryOf(grant.kind(), subject.kind()),
        RECORD,
        id,
        permit.family().id(),
        grant.purpose(),
        Optional.empty(),
        Optional.of("partner " + grant.partnerId() + " " + what));
  }

  /**
   * The category a record is kept under: a therapy provider's records are therapy notes, for its
   * therapists only; others' are of the category of their subject.
   */
  static DataCategory categoryOf(OrganisationKind partner, RecordSubject.Kind kind) {
    if (partner == OrganisationKind.THERAPY && kind != RecordSubject.Kind.REPORT) {
      return DataCategory.THERAPY_NOTES;
    }
    return switch (kind) {
      case FAMILY, MEMBER -> DataCategory.IDENTITY;
      case TRAJECTORY -> DataCategory.TRAJECTORY_STATUS;
      case REPORT -> DataCategory.SECURITY_REPORTS;
    };
  }
}
