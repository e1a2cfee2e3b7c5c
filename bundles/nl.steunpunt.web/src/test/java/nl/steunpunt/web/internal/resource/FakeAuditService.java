package nl.steunpunt.web.internal.resource;

import java.util.List;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;

/** An audit service that answers with given results, or fails, and keeps what it was asked. */
final class FakeAuditService implements AuditService {

  List<AuditEntry> entries = List.of();
  ChainVerification verification;
  AccessReport report;
  RuntimeException failure;

  Actor actor;
  AuditSearch search;
  PageRequest page;
  UUID memberId;

  @Override
  public Page<AuditEntry> search(Actor actor, AuditSearch search, PageRequest page) {
    this.search = search;
    this.page = page;
    asked(actor);
    return new Page<>(entries, page.offset(), page.limit(), entries.size());
  }

  @Override
  public ChainVerification verify(Actor actor) {
    asked(actor);
    return verification;
  }

  @Override
  public AccessReport accessReport(Actor actor, UUID memberId) {
    this.memberId = memberId;
    asked(actor);
    return report;
  }

  private void asked(Actor actor) {
    this.actor = actor;
    if (failure != null) {
      throw failure;
    }
  }
}
