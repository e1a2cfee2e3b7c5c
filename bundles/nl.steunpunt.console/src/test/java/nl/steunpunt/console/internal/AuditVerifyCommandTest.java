package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.audit.AccessReport;
import nl.steunpunt.api.audit.AuditEntry;
import nl.steunpunt.api.audit.AuditSearch;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.Page;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.common.UnavailableException;
import org.junit.jupiter.api.Test;

class AuditVerifyCommandTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final Actor operator =
      ISSUER.issue("op", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE);

  /** An audit service that verifies with a given outcome, or fails, and keeps who asked. */
  private static final class FakeAudit implements AuditService {
    ChainVerification outcome;
    RuntimeException failure;
    Actor asked;

    @Override
    public ChainVerification verify(Actor actor) {
      asked = actor;
      if (failure != null) {
        throw failure;
      }
      return outcome;
    }

    @Override
    public Page<AuditEntry> search(Actor actor, AuditSearch search, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AccessReport accessReport(Actor actor, UUID memberId) {
      throw new UnsupportedOperationException();
    }
  }

  private final FakeAudit audit = new FakeAudit();

  @Test
  void anIntactLogSaysHowManyEntriesWereChecked() {
    audit.outcome = new ChainVerification(true, 1200, OptionalLong.empty(), Optional.empty());

    assertThat(AuditVerifyCommand.verify(audit, Optional.of(operator)))
        .isEqualTo("Audit log intact: 1200 entries checked.");
    assertThat(audit.asked).isEqualTo(operator);
  }

  @Test
  void aBrokenLogNamesTheFirstBrokenEntryAndTheProblem() {
    audit.outcome =
        new ChainVerification(
            false, 41, OptionalLong.of(41), Optional.of("hash does not match the entry"));

    assertThat(AuditVerifyCommand.verify(audit, Optional.of(operator)))
        .isEqualTo(
            "Audit log BROKEN at entry 41: hash does not match the entry (41 entries checked).");
  }

  @Test
  void aRefusalIsOneLine() {
    audit.failure =
        new AccessDeniedException("Only the operator or\nthe privacy officer may verify.");

    assertThat(AuditVerifyCommand.verify(audit, Optional.of(operator)))
        .isEqualTo("Not allowed: Only the operator or the privacy officer may verify.")
        .doesNotContain("\n", "Exception");
  }

  @Test
  void anUnavailableLogIsOneLine() {
    audit.failure =
        new UnavailableException("The audit log cannot be read.", new IllegalStateException("db"));

    assertThat(AuditVerifyCommand.verify(audit, Optional.of(operator)))
        .isEqualTo("Audit log not verified: The audit log cannot be read.");
  }

  @Test
  void aConsoleUserWithoutOrganisationIsToldSoAndNothingIsAsked() {
    assertThat(AuditVerifyCommand.verify(audit, Optional.empty())).startsWith("Cannot verify:");
    assertThat(audit.asked).isNull();
  }
}
