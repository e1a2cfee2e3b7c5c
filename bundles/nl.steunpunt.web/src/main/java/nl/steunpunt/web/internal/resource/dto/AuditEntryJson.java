package nl.steunpunt.web.internal.resource.dto;

import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;

/** An audit log entry as the REST API shows it: every field, null where the entry has none. */
public record AuditEntryJson(
    long sequence,
    String at,
    String user,
    String roles,
    String organisation,
    String onBehalfOf,
    String channel,
    Action action,
    String objectType,
    String objectId,
    UUID familyId,
    UUID memberId,
    DataCategory category,
    Outcome outcome,
    Purpose purpose,
    String clientAddress,
    UUID breakGlass,
    String detail,
    String hash) {

  public static AuditEntryJson of(AuditEntry entry) {
    return new AuditEntryJson(
        entry.sequence(),
        Dates.format(entry.at()),
        entry.user(),
        entry.roles(),
        entry.organisation(),
        entry.onBehalfOf().orElse(null),
        entry.channel(),
        entry.action(),
        entry.objectType(),
        entry.objectId().orElse(null),
        entry.familyId().orElse(null),
        entry.memberId().orElse(null),
        entry.category().orElse(null),
        entry.outcome(),
        entry.purpose(),
        entry.clientAddress().orElse(null),
        entry.breakGlass().orElse(null),
        entry.detail().orElse(null),
        entry.hash().orElse(null));
  }
}
