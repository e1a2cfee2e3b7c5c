package nl.steunpunt.partner.municipality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.common.ConflictException;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerRecord;
import nl.steunpunt.api.partner.RecordSubject;

/**
 * A hand-written {@link PartnerContext} for testing this bundle's HTTP mapping only: records in a
 * map, with versions, and no case services (asking for one fails as when the platform's service is
 * gone). It decides no access; the platform's real context does, and is tested in core.
 */
final class TestPartnerContext implements PartnerContext {

  final Map<UUID, PartnerRecord> records = new LinkedHashMap<>();
  final List<Actor> actors = new ArrayList<>();

  @Override
  public String partnerId() {
    return MunicipalityPartner.ID;
  }

  @Override
  public OrganisationKind kind() {
    return OrganisationKind.MUNICIPALITY;
  }

  @Override
  public Purpose purpose() {
    return Purpose.MUNICIPAL_SUPPORT;
  }

  @Override
  public <S> S service(Class<S> type) {
    throw new UnavailableException("The platform's service is not there.", null);
  }

  @Override
  public PartnerRecord create(Actor actor, RecordSubject subject, String json) {
    actors.add(actor);
    Instant now = Instant.parse("2026-11-29T09:00:00Z");
    PartnerRecord record =
        new PartnerRecord(UUID.randomUUID(), partnerId(), subject, json, now, now, 1);
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
