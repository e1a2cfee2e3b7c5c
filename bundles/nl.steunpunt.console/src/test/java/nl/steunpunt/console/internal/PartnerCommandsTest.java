package nl.steunpunt.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.AccessDeniedException;
import nl.steunpunt.api.common.FieldError;
import nl.steunpunt.api.common.NotFoundException;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerStatus;
import nl.steunpunt.api.platform.PlatformStatus;
import nl.steunpunt.api.platform.Readiness;
import org.junit.jupiter.api.Test;

class PartnerCommandsTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  static final Optional<Actor> OPERATOR =
      Optional.of(ISSUER.issue("op", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE));

  final FakeAdministration administration = new FakeAdministration();

  static final PartnerStatus AMSTERDAM =
      new PartnerStatus(
          "gm0363",
          Optional.of(OrganisationKind.MUNICIPALITY),
          Optional.of(Purpose.MUNICIPAL_SUPPORT),
          Optional.of(
              new PartnerStatus.Grant(
                  "nl.steunpunt.partners.grant.1",
                  true,
                  Optional.empty(),
                  Optional.of("GM0363"),
                  Set.of("0363"),
                  Set.of(DataCategory.EVENTS),
                  true,
                  false,
                  0)),
          List.of(
              new PartnerStatus.PartnerBundle(
                  57,
                  "nl.steunpunt.partner.municipality",
                  "0.1.0",
                  "ACTIVE",
                  true,
                  "allowed",
                  true)),
          Optional.of(
              new PartnerStatus.Delivery(
                  true,
                  Optional.of("node-a"),
                  812,
                  815,
                  3,
                  2,
                  Optional.of("java.io.IOException: connection refused"),
                  Optional.of(Instant.parse("2026-11-28T10:15:34Z")))));

  static final PartnerStatus POLICE =
      new PartnerStatus(
          "police",
          Optional.of(OrganisationKind.POLICE),
          Optional.of(Purpose.SECURITY_REPORTING),
          Optional.empty(),
          List.of(
              new PartnerStatus.PartnerBundle(
                  58,
                  "nl.steunpunt.partner.police",
                  "0.1.0",
                  "RESOLVED",
                  false,
                  "not on the allow-list",
                  false)),
          Optional.empty());

  static PlatformStatus alerting(String... alerts) {
    return new PlatformStatus() {
      @Override
      public String version() {
        return "0.1.0";
      }

      @Override
      public Readiness readiness() {
        return Readiness.waitingFor(List.of());
      }

      @Override
      public boolean demoMode() {
        return false;
      }

      @Override
      public List<String> alerts() {
        return List.of(alerts);
      }
    };
  }

  @Test
  void thePartnersTableShowsBundleAllowListGrantCursorBacklogFailuresAndLastError() {
    administration.partners = List.of(AMSTERDAM, POLICE);

    String text =
        PartnersCommand.list(
            administration,
            alerting("partner bundle nl.steunpunt.partner.police 0.1.0 not on the allow-list"),
            OPERATOR,
            false,
            true);

    assertThat(text)
        .isEqualTo(
            """
            PARTNER | KIND         | BUNDLE (STATE)                                   | ALLOW-LIST | GRANT | CURSOR/LAST | BACKLOG | FAILURES | LAST ERROR
            --------+--------------+--------------------------------------------------+------------+-------+-------------+---------+----------+----------------------------------------
            gm0363  | MUNICIPALITY | nl.steunpunt.partner.municipality 0.1.0 (ACTIVE) | allowed    | yes   | 812/815     |     <=3 |        2 | java.io.IOException: connection refused
            police  | POLICE       | nl.steunpunt.partner.police 0.1.0 (RESOLVED)     | REFUSED    | none  | -           |       - |        - | -
            Alerts:
              partner bundle nl.steunpunt.partner.police 0.1.0 not on the allow-list""");
    assertThat(administration.actor).isEqualTo(OPERATOR.get());
  }

  @Test
  void withoutFormatThePartnersTableIsRowsOfTabSeparatedColumnsForScripts() {
    administration.partners = List.of(AMSTERDAM, POLICE);

    List<List<String>> rows =
        PartnersCommand.list(administration, null, OPERATOR, false, false)
            .lines()
            .map(line -> List.of(line.split("\t")).stream().map(String::strip).toList())
            .toList();

    assertThat(rows)
        .containsExactly(
            List.of(
                "gm0363",
                "MUNICIPALITY",
                "nl.steunpunt.partner.municipality 0.1.0 (ACTIVE)",
                "allowed",
                "yes",
                "812/815",
                "<=3",
                "2",
                "java.io.IOException: connection refused"),
            List.of(
                "police",
                "POLICE",
                "nl.steunpunt.partner.police 0.1.0 (RESOLVED)",
                "REFUSED",
                "none",
                "-",
                "-",
                "-",
                "-"));
  }

  @Test
  void verboseGivesTheDetailPerPartner() {
    administration.partners = List.of(AMSTERDAM, POLICE);

    String text = PartnersCommand.list(administration, null, OPERATOR, true, true);

    assertThat(text)
        .contains(
            "gm0363  kind MUNICIPALITY, purpose MUNICIPAL_SUPPORT\n"
                + "  grant     nl.steunpunt.partners.grant.1: organisation GM0363,"
                + " municipalities 0363, categories EVENTS, timeline yes, from start no\n"
                + "  bundle    57 nl.steunpunt.partner.municipality 0.1.0 ACTIVE: allowed,"
                + " acting for the partner\n"
                + "  delivery  running here, lease node-a; cursor 812 of 815, backlog at most 3;"
                + " failures in a row 2, next attempt 2026-11-28T10:15:34Z\n"
                + "  last error java.io.IOException: connection refused")
        .contains(
            "police  kind POLICE, purpose SECURITY_REPORTING\n"
                + "  grant     none\n"
                + "  bundle    58 nl.steunpunt.partner.police 0.1.0 RESOLVED: not on the"
                + " allow-list, not acting\n"
                + "  delivery  never started (no cursor)");
  }

  @Test
  void noPartnersIsSaidInWords() {
    assertThat(PartnersCommand.list(administration, null, OPERATOR, false, true))
        .startsWith("No partners");
  }

  @Test
  void aGrantIsAskedWithTheOptionsAsTyped() {
    String text =
        PartnerGrantCommand.grant(
            administration,
            OPERATOR,
            new PartnerGrantCommand.Request(
                "gm0363",
                "municipality",
                "MUNICIPAL_SUPPORT",
                "GM0363",
                List.of("0363", "0344"),
                List.of("events"),
                true,
                true));

    assertThat(text).startsWith("Granted partner gm0363 (configuration nl.steunpunt.partners");
    assertThat(administration.asked)
        .containsExactly(
            new GrantRequest(
                "gm0363",
                OrganisationKind.MUNICIPALITY,
                Purpose.MUNICIPAL_SUPPORT,
                "GM0363",
                Set.of("0363", "0344"),
                Set.of(DataCategory.EVENTS),
                true,
                true));
  }

  @Test
  void anUnknownKindIsOneLineNamingTheChoicesAndNothingIsAsked() {
    String text =
        PartnerGrantCommand.grant(
            administration,
            OPERATOR,
            new PartnerGrantCommand.Request(
                "gm0363",
                "town",
                "MUNICIPAL_SUPPORT",
                "GM0363",
                List.of(),
                List.of(),
                true,
                false));

    assertThat(text)
        .isEqualTo("Not done: kind must be one of [MUNICIPALITY, POLICE, THERAPY, OTHER].");
    assertThat(administration.asked).isEmpty();
  }

  @Test
  void theServicesRefusalsAreOneLineEach() {
    administration.failure =
        new ValidationException(
            List.of(
                new FieldError("partnerId", "must be lower-case letters"),
                new FieldError("municipalities", "must be CBS codes of four digits")));
    assertThat(PartnerRevokeCommand.revoke(administration, OPERATOR, "X"))
        .isEqualTo(
            "Not done: partnerId must be lower-case letters; municipalities must be CBS codes of"
                + " four digits.");

    administration.failure = new AccessDeniedException("Only an operator administers partners.");
    assertThat(PartnerReplayCommand.replay(administration, OPERATOR, "gm0363", 0))
        .isEqualTo("Not allowed: Only an operator administers partners.");

    administration.failure = new NotFoundException("partner", "nobody");
    assertThat(PartnerReplayCommand.replay(administration, OPERATOR, "nobody", 0))
        .isEqualTo("Not found: No partner nobody.");

    administration.failure =
        new UnavailableException("The audit log cannot be written.", new RuntimeException("x"));
    assertThat(PartnerDisallowCommand.disallow(administration, OPERATOR, "nl.example"))
        .isEqualTo("Not done: The audit log cannot be written.");
  }

  @Test
  void withoutAnOrganisationTheConsoleUserCannotAct() {
    assertThat(PartnersCommand.list(administration, null, Optional.empty(), false, true))
        .isEqualTo(Answers.NO_ACTOR);
    assertThat(administration.asked).isEmpty();
  }

  @Test
  void aBundleIsAllowedByIdOrByNameRangeAndDigestButNotBoth() {
    AllowRequest none = new AllowRequest(null, null, null);
    assertThat(PartnerAllowCommand.allow(administration, OPERATOR, Optional.of(57L), none))
        .isEqualTo(
            "Allowed nl.steunpunt.partner.municipality [0.1.0,0.1.0] with SHA-256 "
                + "ab".repeat(32)
                + ".");
    AllowRequest named = new AllowRequest("nl.example", "[1.0,2.0)", "cd".repeat(32));
    assertThat(PartnerAllowCommand.allow(administration, OPERATOR, Optional.empty(), named))
        .startsWith("Allowed nl.example [1.0,2.0)");
    assertThat(administration.asked).containsExactly("allowBundle 57", named);

    assertThat(PartnerAllowCommand.allow(administration, OPERATOR, Optional.of(57L), named))
        .startsWith("Not done: bundleId give a bundle id, or");
    assertThat(PartnerAllowCommand.allow(administration, OPERATOR, Optional.empty(), none))
        .startsWith("Not done: bundleId give a bundle id, or");
    assertThat(administration.asked).hasSize(2);
  }

  @Test
  void aDevLoopEntryTakesANameAndARangeAndARefusalIsOneLine() {
    AllowRequest named = new AllowRequest("nl.example", "[1.0,2.0)", null);
    assertThat(
            PartnerAllowCommand.allowForDevelopment(
                administration, OPERATOR, Optional.empty(), named))
        .isEqualTo("Allowed nl.example [1.0,2.0) for the dev loop: any jar (demo mode only).");
    assertThat(administration.asked).containsExactly("dev nl.example [1.0,2.0)");

    AllowRequest pinned = new AllowRequest("nl.example", "[1.0,2.0)", "cd".repeat(32));
    assertThat(
            PartnerAllowCommand.allowForDevelopment(
                administration, OPERATOR, Optional.empty(), pinned))
        .startsWith("Not done: dev takes --symbolic-name and --version-range only");
    assertThat(administration.asked).hasSize(1);

    administration.failure =
        ValidationException.of("dev", "is accepted in demo mode only, and this platform is not");
    assertThat(
            PartnerAllowCommand.allowForDevelopment(
                administration, OPERATOR, Optional.empty(), named))
        .isEqualTo("Not done: dev is accepted in demo mode only, and this platform is not.");
  }

  @Test
  void aReplaySaysWhereTheCursorWasAndIs() {
    assertThat(PartnerReplayCommand.replay(administration, OPERATOR, "gm0363", 700))
        .isEqualTo(
            "Partner gm0363: cursor moved from 812 to 700; delivery goes on with the next event"
                + " after it.");
    assertThat(PartnerDisallowCommand.disallow(administration, OPERATOR, "nl.example"))
        .isEqualTo("Took nl.example off the allow-list (2 entries).");
  }
}
