package nl.steunpunt.console.internal;

import java.util.Optional;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.PartnerAdministration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code steunpunt:partner-allow}: puts a bundle (a partner's, or a library it ships) on the
 * allow-list, either an installed bundle exactly as it is (by id: the SHA-256 of its installed
 * content) or by symbolic name, version range and SHA-256; or, in demo mode only, by symbolic name
 * and version range alone for the dev loop ({@code --dev}: any jar, so a rebuilt bundle runs
 * again).
 */
@Service
@Command(
    scope = "steunpunt",
    name = "partner-allow",
    description =
        "Puts a bundle (a partner's, or a library it ships) on the allow-list: an installed bundle"
            + " by id (its name, exact version and the SHA-256 of its installed content), or"
            + " --symbolic-name, --version-range and --sha256. In demo mode only, --dev"
            + " --symbolic-name --version-range trusts any jar of that name and range (the dev"
            + " loop).")
public final class PartnerAllowCommand implements Action {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Argument(index = 0, name = "bundleId", description = "The installed bundle's id (bundle:list).")
  Long bundleId;

  @Option(name = "--symbolic-name", description = "The bundle's symbolic name.")
  String symbolicName;

  @Option(name = "--version-range", description = "An OSGi version range, e.g. [1.0.0,1.1.0).")
  String versionRange;

  @Option(name = "--sha256", description = "The SHA-256 of the jar (sha256sum), 64 hex digits.")
  String sha256;

  @Option(
      name = "--dev",
      description =
          "Demo mode only: trust any jar of --symbolic-name and --version-range, no SHA-256 (the"
              + " dev loop: bundle:update or bundle:watch runs a rebuilt jar at once).")
  boolean dev;

  @Override
  public Object execute() {
    Optional<Actor> actor = authenticator.consoleUser();
    Optional<Long> bundle = Optional.ofNullable(bundleId);
    AllowRequest given = new AllowRequest(symbolicName, versionRange, sha256);
    System.out.println(
        dev
            ? allowForDevelopment(administration, actor, bundle, given)
            : allow(administration, actor, bundle, given));
    return null;
  }

  static String allowForDevelopment(
      PartnerAdministration administration,
      Optional<Actor> actor,
      Optional<Long> bundleId,
      AllowRequest given) {
    return Answers.as(
        actor,
        a -> {
          if (bundleId.isPresent() || given.sha256() != null) {
            throw ValidationException.of(
                "dev", "takes --symbolic-name and --version-range only (no SHA-256, no bundle id)");
          }
          AllowRequest entry =
              administration.allowForDevelopment(a, given.symbolicName(), given.versionRange());
          return "Allowed "
              + entry.symbolicName()
              + " "
              + entry.versionRange()
              + " for the dev loop: any jar (demo mode only).";
        });
  }

  static String allow(
      PartnerAdministration administration,
      Optional<Actor> actor,
      Optional<Long> bundleId,
      AllowRequest given) {
    return Answers.as(
        actor,
        a -> {
          boolean named =
              given.symbolicName() != null
                  || given.versionRange() != null
                  || given.sha256() != null;
          if (bundleId.isPresent() == named) {
            throw ValidationException.of(
                "bundleId", "give a bundle id, or --symbolic-name, --version-range and --sha256");
          }
          AllowRequest entry =
              bundleId.isPresent()
                  ? administration.allowBundle(a, bundleId.get())
                  : administration.allow(a, given);
          return "Allowed "
              + entry.symbolicName()
              + " "
              + entry.versionRange()
              + " with SHA-256 "
              + entry.sha256()
              + ".";
        });
  }
}
