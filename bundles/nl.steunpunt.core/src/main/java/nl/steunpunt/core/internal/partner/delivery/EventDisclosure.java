package nl.steunpunt.core.internal.partner.delivery;

import java.time.Instant;
import java.util.Optional;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.core.internal.partner.grants.PartnerGrant;
import nl.steunpunt.store.FamilyEvent;

/**
 * The audit entry of an event delivered to a partner's listener: a disclosure of the category
 * {@code EVENTS} to the partner's organisation, about the event's family and member, so it shows in
 * the data subject's access report (organisation, time, purpose and category; no staff name, as the
 * partner acts as itself). It is written before the listener gets the event: no audit, no
 * disclosure.
 */
final class EventDisclosure {

  private EventDisclosure() {}

  static AuditEntry entry(
      PartnerGrant grant, Channel.PartnerBundle channel, FamilyEvent event, Instant at) {
    return new AuditEntry(
        0,
        at,
        "partner:" + grant.partnerId(),
        "",
        grant.organisation().orElse(grant.partnerId()),
        Optional.empty(),
        channel.describe(),
        Action.DISCLOSE,
        "event",
        Optional.of(Long.toString(event.sequence())),
        Optional.of(event.familyId()),
        event.event().memberId(),
        Optional.of(DataCategory.EVENTS),
        Outcome.ALLOWED,
        grant.purpose(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("delivered to partner " + grant.partnerId() + ": " + event.type()),
        Optional.empty());
  }
}
