package nl.steunpunt.api.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;

/**
 * One line of the audit log, with the NEN 7513 fields. It names records by id only.
 *
 * @param sequence the position in the log, from 1
 * @param at when the action happened
 * @param user who acted
 * @param roles the actor's roles, comma-separated
 * @param organisation the actor's organisation
 * @param onBehalfOf on whose behalf, when the actor acted for someone else
 * @param channel the channel, e.g. {@code web} or {@code bundle:nl.example/1.0.0}
 * @param action what was done
 * @param objectType the kind of record, e.g. {@code family}
 * @param objectId the record's id, if the action was on one record
 * @param familyId the family concerned, if any
 * @param memberId the member concerned, if any
 * @param category the data category, if the action was on data
 * @param outcome allowed or denied
 * @param purpose why
 * @param clientAddress where the request came from, if known
 * @param breakGlass the use of break-glass that allowed the access, if any
 * @param detail what a search filtered on, or what was decided (never personal data)
 * @param hash the hash of this entry, chained to the one before it; empty for an entry written in
 *     the last moments, until the log has sealed it into the chain (within a second)
 * @since 0.1
 */
public record AuditEntry(
    long sequence,
    Instant at,
    String user,
    String roles,
    String organisation,
    Optional<String> onBehalfOf,
    String channel,
    Action action,
    String objectType,
    Optional<String> objectId,
    Optional<UUID> familyId,
    Optional<UUID> memberId,
    Optional<DataCategory> category,
    Outcome outcome,
    Purpose purpose,
    Optional<String> clientAddress,
    Optional<UUID> breakGlass,
    Optional<String> detail,
    Optional<String> hash) {

  /** Creates an entry; every part is required. */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(onBehalfOf, "onBehalfOf");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(clientAddress, "clientAddress");
    Objects.requireNonNull(breakGlass, "breakGlass");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(hash, "hash");
  }
}
