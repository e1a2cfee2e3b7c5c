package nl.steunpunt.core.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.audit.Outcome;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.Member;
import nl.steunpunt.api.trajectory.Event;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.Permit;
import nl.steunpunt.core.internal.access.Permitted;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The privacy officer's tools on the audit log; using them is audited like any access. */
@Component(service = AuditService.class)
public final class CoreAuditService implements AuditService {

  private final Cases cases;

  @Activate
  public CoreAuditService(@Reference Cases cases) {
    this.cases = cases;
  }

  @Override
  public Page<AuditEntry> search(Actor actor, AuditSearch search, PageRequest page) {
    return cases.run(
        actor,
        g -> {
          return g.allow(Action.SEARCH, DataCategory.AUDIT, "audit", Optional.empty())
              .auditEntries(search, page);
        });
  }

  @Override
  public ChainVerification verify(Actor actor) {
    return cases.run(
        actor,
        g -> {
          return g.allow(Action.VERIFY, DataCategory.AUDIT, "audit", Optional.empty())
              .verifiedAudit();
        });
  }

  @Override
  public AccessReport accessReport(Actor actor, UUID memberId) {
    return cases.run(
        actor,
        g -> {
          Permitted<Member> allowed = g.member(Action.EXPORT, DataCategory.IDENTITY, memberId);
          Member member = allowed.record();
          Permit permit = allowed.permit();
          List<Event> events = new ArrayList<>();
          int offset = 0;
          Page<Event> page;
          do {
            page = permit.events(new PageRequest(offset, PageRequest.MAX_LIMIT));
            page.items().stream()
                .filter(e -> e.memberId().filter(memberId::equals).isPresent())
                .map(CoreAuditService::withoutStaffName)
                .forEach(events::add);
            offset += page.items().size();
          } while (!page.items().isEmpty() && offset < page.total());
          List<AccessReport.Access> accesses =
              permit.auditOf(memberId).stream()
                  .filter(e -> e.outcome() == Outcome.ALLOWED && e.category().isPresent())
                  .map(
                      e ->
                          new AccessReport.Access(
                              e.at(),
                              e.organisation(),
                              e.purpose(),
                              e.action(),
                              e.category().get(),
                              e.breakGlass().isPresent()))
                  .toList();
          return new AccessReport(member, permit.family().reference(), events, accesses, g.now());
        });
  }

  /** The data subject learns what was recorded about them, not which colleague recorded it. */
  private static Event withoutStaffName(Event e) {
    return new Event(
        e.sequence(),
        e.trajectoryId(),
        e.memberId(),
        e.occurredAt(),
        e.recordedAt(),
        STAFF,
        e.corrects(),
        e.detail());
  }

  private static final String STAFF = "staff";
}
