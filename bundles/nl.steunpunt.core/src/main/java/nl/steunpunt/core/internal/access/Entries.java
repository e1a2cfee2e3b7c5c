package nl.steunpunt.core.internal.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;

/** Builds audit entries from the actor and what was done; the log assigns sequence and hash. */
final class Entries {

  private static final int MAX_DETAIL = 500;

  private Entries() {}

  /** What an entry is about, apart from who did it and how it ended. */
  record Subject(
      Action action,
      Optional<DataCategory> category,
      String objectType,
      Optional<String> objectId,
      Optional<UUID> familyId,
      Optional<UUID> memberId,
      Optional<String> detail) {

    static Subject of(Action action, DataCategory category, String objectType) {
      return new Subject(
          action,
          Optional.of(category),
          objectType,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }

    Subject object(Object id) {
      return new Subject(
          action, category, objectType, Optional.of(id.toString()), familyId, memberId, detail);
    }

    Subject family(UUID id) {
      return new Subject(action, category, objectType, objectId, Optional.of(id), memberId, detail);
    }

    Subject member(Optional<UUID> id) {
      return new Subject(action, category, objectType, objectId, familyId, id, detail);
    }

    Subject detail(String text) {
      return new Subject(
          action, category, objectType, objectId, familyId, memberId, Optional.of(text));
    }
  }

  static AuditEntry entry(
      Actor actor,
      Instant at,
      Subject subject,
      Outcome outcome,
      Purpose purpose,
      Optional<UUID> breakGlass) {
    return new AuditEntry(
        0,
        at,
        actor.user(),
        actor.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")),
        actor.organisation().id(),
        Optional.empty(),
        actor.channel().describe(),
        subject.action(),
        subject.objectType(),
        subject.objectId(),
        subject.familyId(),
        subject.memberId(),
        subject.category(),
        outcome,
        purpose,
        actor.channel().clientAddress(),
        breakGlass,
        subject.detail().map(d -> d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) : d),
        Optional.empty());
  }
}
