package nl.steunpunt.partner.http.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;

/**
 * A hand-written {@link PartnerContext} for testing a partner bundle's HTTP mapping only: records
 * in a map, with versions, and no case services (asking for one fails as when the platform's
 * service is gone). It decides no access; the platform's real context does, and is tested in core.
 */
public final class TestPartnerContext implements PartnerContext {

  private final String partnerId;
  private final OrganisationKind kind;
  private final Purpose purpose;
  private final Map<UUID, PartnerRecord> records = new LinkedHashMap<>();

  public TestPartnerContext(String partnerId, OrganisationKind kind, Purpose purpose) {
    this.partnerId = partnerId;
    this.kind = kind;
    this.purpose = purpose;
  }

  /** The records held, by id, in the order they were created (live, for the tests to inspect). */
  public Map<UUID, PartnerRecord> records() {
    return records;
  }

  @Override
  public String partnerId() {
    return partnerId;
  }

  @Override
  public OrganisationKind kind() {
    return kind;
  }

  @Override
  public Purpose purpose() {
    return purpose;
  }

  /** The partner itself, made by an issuer of the test's own, as the platform would. */
  @Override
  public Actor self() {
    return new Actor.Issuer()
        .issue(
            "partner:" + partnerId,
            java.util.Set.of(),
            Organisation.CENTRE,
            new Channel.PartnerBundle("nl.example.test", "1.0.0"));
  }

  @Override
  public <S> S service(Class<S> type) {
    throw new UnavailableException("The platform's service is not there.", null);
  }

  @Override
  public PartnerRecord create(Actor actor, RecordSubject subject, String json) {
    Instant now = Instant.parse("2026-11-29T09:00:00Z");
    PartnerRecord record =
        new PartnerRecord(UUID.randomUUID(), partnerId, subject, json, now, now, 1);
    records.put(record.id(), record);
    return record;
  }

  @Override
  public Optional<PartnerRecord> find(Actor actor, UUID id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public List<PartnerRecord> of(Actor actor, RecordSubject subject) {
    return records.values().stream().filter(r -> r.subject().equals(subject)).toList();
  }

  @Override
  public PartnerRecord update(Actor actor, UUID id, long expectedVersion, String json) {
    PartnerRecord old = current(id, expectedVersion);
    PartnerRecord record =
        new PartnerRecord(
            id,
            old.partnerId(),
            old.subject(),
            json,
            old.createdAt(),
            old.updatedAt(),
            old.version() + 1);
    records.put(id, record);
    return record;
  }

  @Override
  public void delete(Actor actor, UUID id, long expectedVersion) {
    current(id, expectedVersion);
    records.remove(id);
  }

  private PartnerRecord current(UUID id, long expectedVersion) {
    PartnerRecord old = records.get(id);
    if (old == null) {
      throw new NotFoundException("record", id);
    }
    if (old.version() != expectedVersion) {
      throw ConflictException.stale("record", expectedVersion);
    }
    return old;
  }
}
