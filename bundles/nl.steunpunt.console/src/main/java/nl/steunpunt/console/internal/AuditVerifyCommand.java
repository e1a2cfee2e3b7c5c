package nl.steunpunt.console.internal;

import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.api.audit.ChainVerification;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.UnavailableException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code steunpunt:audit-verify}: checks the audit log's hash chain, as the logged-in console user
 * (its actor from the platform's {@link Authenticator}). The check is itself audited; a refusal is
 * one line, never a stack.
 */
@Service
@Command(
    scope = "steunpunt",
    name = "audit-verify",
    description = "Checks the audit log's hash chain from its first entry to its last.")
public final class AuditVerifyCommand implements Action {

  @Reference AuditService audit;
  @Reference Authenticator authenticator;

  @Override
  public Object execute() {
    System.out.println(verify(audit, authenticator.consoleUser()));
    return null;
  }

  static String verify(AuditService audit, Optional<Actor> actor) {
    if (actor.isEmpty()) {
      return "Cannot verify: the console user has no single Steunpunt organisation (role org:<id>).";
    }
    try {
      return render(audit.verify(actor.get()));
    } catch (AccessDeniedException e) {
      return "Not allowed: " + oneLine(e.getMessage());
    } catch (UnavailableException e) {
      return "Audit log not verified: " + oneLine(e.getMessage());
    }
  }

  static String render(ChainVerification verification) {
    if (verification.intact()) {
      return "Audit log intact: " + verification.checked() + " entries checked.";
    }
    String where =
        verification.firstBroken().isPresent()
            ? " at entry " + verification.firstBroken().getAsLong()
            : "";
    return "Audit log BROKEN"
        + where
        + ": "
        + oneLine(verification.problem().orElse("no detail"))
        + " ("
        + verification.checked()
        + " entries checked).";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
