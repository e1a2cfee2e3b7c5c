#if( $kind == "MUNICIPALITY" )
#set( $user = "municipality" )
#set( $tiedSubjects = "families" )
#set( $tiedSubjectOf = "id" )
#elseif( $kind == "POLICE" )
#set( $user = "police" )
#elseif( $kind == "THERAPY" )
#set( $user = "therapist" )
#set( $tiedSubjects = "members" )
#set( $tiedSubjectOf = "memberId" )
#else
#set( $user = "evaluator" )
#end
#if( $kind != "MUNICIPALITY" && $kind != "THERAPY" )
#set( $tiedSubjects = false )
#end
package ${package}.it;

import static org.assertj.core.api.Assertions.assertThat;

#if( $kind != "POLICE" )
import com.fasterxml.jackson.databind.JsonNode;
#end
#if( $tiedSubjects )
import java.time.LocalDate;
import java.time.ZoneOffset;
#end
import nl.steunpunt.testkit.DemoFamily;
import nl.steunpunt.testkit.Partner;
import nl.steunpunt.testkit.Reply;
import nl.steunpunt.testkit.Steunpunt;
import nl.steunpunt.testkit.SteunpuntTest;
import org.junit.jupiter.api.Test;

/**
 * The partner on the real platform: the test kit boots the Steunpunt distribution in demo mode,
 * deploys this project's KAR, allow-lists its bundle by SHA-256 and grants the partner as {@code
 * steunpunt-partner.properties} says. Here the access policy and the audit are in force, which the
 * unit tests on the kit's doubles leave out.
 */
@SteunpuntTest
class PartnerIT {

  /** The demo user with this partner's role (${kind}); every demo password is {@code demo}. */
  private static final String USER = "${user}";
#if( $tiedSubjects )

  private static final String FOLLOW_UP =
      "{\"date\":\""
          + LocalDate.now(ZoneOffset.UTC).minusDays(1)
          + "\",\"note\":\"Gesprek gepland.\"}";
#end

  @Test
  void theSummaryAnswersAUserWithThePartnersRole(Steunpunt platform) {
    Reply summary = platform.partner().get(USER, "/summary");

    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
  }

  @Test
  void aUserWithoutThePartnersRoleIsRefusedWithAProblem(Steunpunt platform) {
    Reply refused = platform.partner().get("counsellor", "/summary");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.json().path("status").asInt()).isEqualTo(403);
  }

  @Test
  void aStrangerIsAskedToLogIn(Steunpunt platform) {
    Reply anonymous = platform.as("nobody").get(platform.partner().path("/summary"));

    assertThat(anonymous.status()).isEqualTo(401);
  }
#if( $tiedSubjects )

  /** The platform's access policy decides, with this partner's grant and the user's tie. */
  @Test
  void aFollowUpIsKeptAboutWhatTheTieReachesAndRefusedBeyondIt(Steunpunt platform) {
    Partner partner = platform.partner();
    String reached = platform.newFamily().${tiedSubjectOf}();
    String beyond = platform.newFamilyOutsideEveryTie().${tiedSubjectOf}();

    Reply kept = partner.post(USER, "/${tiedSubjects}/" + reached + "/follow-ups", FOLLOW_UP);
    Reply refused = partner.post(USER, "/${tiedSubjects}/" + beyond + "/follow-ups", FOLLOW_UP);

    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
  }
#end
#if( $kind == "POLICE" )

  /** By design: the police learn of a case only through the security reports made to them. */
  @Test
  void thePoliceAreToldNoEventOfTheTimeline(Steunpunt platform) {
    Partner partner = platform.partner();
    DemoFamily family = platform.newFamily();

    long sequence = family.recordEvent("SESSION_HELD");
    partner.awaitDelivery(sequence);

    assertThat(partner.get(USER, "/summary").json().path("lastSequence").asLong(-1))
        .as("passed over, not given to the listener")
        .isLessThan(sequence);
    assertThat(partner.disclosures(family.id())).isEmpty();
  }
#else

  @Test
  void anEventTheCounsellorRecordsReachesTheListenerAndIsAuditedAsADisclosure(Steunpunt platform) {
    Partner partner = platform.partner();
    DemoFamily family = platform.newFamily();

    long sequence = family.recordEvent("SESSION_HELD");
    partner.awaitDelivery(sequence);

    JsonNode summary = partner.get(USER, "/summary").json();
    assertThat(summary.path("lastSequence").asLong()).isGreaterThanOrEqualTo(sequence);
    assertThat(summary.path("eventsSinceStart").path("SESSION_HELD").asLong()).isPositive();
    assertThat(partner.disclosures(family.id())).isNotEmpty();
  }
#end
}
