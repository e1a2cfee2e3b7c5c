package nl.steunpunt.distribution;

import static nl.steunpunt.distribution.ReferencePartner.MUNICIPALITY;
import static nl.steunpunt.distribution.ReferencePartner.POLICE;
import static nl.steunpunt.distribution.ReferencePartner.THERAPY;
import static nl.steunpunt.distribution.ReferencePartner.audit;
import static nl.steunpunt.distribution.ReferencePartner.await;
import static nl.steunpunt.distribution.ReferencePartner.get;
import static nl.steunpunt.distribution.ReferencePartner.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;

/**
 * The three reference partner bundles in the demo distribution, deployed the operator's way (SSH:
 * {@code feature:install}, {@code steunpunt:partner-allow}, {@code steunpunt:partner-grant}) and
 * used over HTTP by the demo users they are for; and the police partner as a KAR in deploy/.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReferencePartnersIT {

  private static final String TODAY = LocalDate.now().toString();

  @Inject BundleContext context;

  private final List<BundleListener> watchers = new ArrayList<>();

  @Before
  public void onlyOnThisRunsOwnPorts() throws Exception {
    Http.awaitHealthy();
    ReferencePartner.assertOwnPorts();
  }

  @After
  public void stopWatching() {
    watchers.forEach(context::removeBundleListener);
  }

  @Configuration
  public Option[] config() {
    return OptionUtils.combine(
        SteunpuntKaraf.options(true),
        systemProperty("steunpunt.partner.police.kar")
            .value(System.getProperty("steunpunt.partner.police.kar")));
  }

  @Test
  public void theMunicipalityPartnerListsOnlyTheFullTrajectoriesOfItsGrantedMunicipality()
      throws Exception {
    Http.awaitHealthy();
    MUNICIPALITY.deploy(context);

    JsonNode partner = get("municipality", "/api/v1/partners/gm0363/families?limit=200");
    JsonNode core = get("municipality", "/api/v1/families?limit=200");

    Set<String> partners = new HashSet<>();
    for (JsonNode family : partner.get("items")) {
      assertThat(family.get("municipality").asText()).isEqualTo("0363");
      assertThat(family.get("phase").asText()).isIn("SUPPORT", "AFTERCARE");
      partners.add(family.get("id").asText());
    }
    Set<String> coreOf0363 = new HashSet<>();
    Set<String> coreAll = new HashSet<>();
    for (JsonNode family : core.get("items")) {
      coreAll.add(family.get("id").asText());
      if (family.get("municipality").asText().equals("0363")) {
        coreOf0363.add(family.get("id").asText());
      }
    }
    // The grant names 0363 only: the officer's merged municipality (Weesp, 0457) is left out.
    assertThat(partners).isNotEmpty().isEqualTo(coreOf0363);
    assertThat(coreAll).containsAll(partners);
    assertThat(partner.get("total").asLong()).isEqualTo(partners.size());
  }

  @Test
  public void theMunicipalityKeepsMeetingsAboutItsFamiliesAndIsRefusedAnotherMunicipalitysFamily()
      throws Exception {
    Http.awaitHealthy();
    MUNICIPALITY.deploy(context);
    String family =
        get("municipality", "/api/v1/partners/gm0363/families?limit=1").at("/items/0/id").asText();
    String meetings = "/api/v1/partners/gm0363/families/" + family + "/meetings";
    String meeting =
        "{\"date\":\"" + TODAY + "\",\"participants\":[\"gemeente\"],\"agreements\":\"%s\"}";

    HttpResponse<String> created =
        Http.send("POST", meetings, "municipality", meeting.formatted("first"), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Http.json(created).get("id").asText();
    assertThat(get("municipality", meetings).findValuesAsText("id")).contains(id);
    String path = "/api/v1/partners/gm0363/meetings/" + id;
    assertThat(Http.send("PUT", path, "municipality", meeting.formatted("x"), null).statusCode())
        .isEqualTo(428);
    HttpResponse<String> changed =
        Http.send(
            "PUT",
            path,
            "municipality",
            meeting.formatted("second"),
            created.headers().firstValue("ETag").orElseThrow());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).at("/document/agreements").asText()).isEqualTo("second");
    HttpResponse<String> deleted =
        Http.send("DELETE", path, "municipality", null, changed.headers().firstValue("ETag").get());
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(get("municipality", meetings).findValuesAsText("id")).doesNotContain(id);

    String elsewhere = familyOutside("0363", "0457");
    HttpResponse<String> refused =
        Http.send(
            "POST",
            "/api/v1/partners/gm0363/families/" + elsewhere + "/meetings",
            "municipality",
            meeting.formatted("not ours"),
            null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain(elsewhere);
    assertThat(audit("municipality"))
        .anySatisfy(
            entry -> {
              assertThat(entry.get("outcome").asText()).isEqualTo("DENIED");
              assertThat(entry.get("channel").asText()).startsWith(MUNICIPALITY.channelPrefix());
              assertThat(entry.get("familyId").asText()).isEqualTo(elsewhere);
            });
  }

  @Test
  public void thePoliceSeeOnlyTheMinimalDataSetAcknowledgeAndFollowUpTheirReports()
      throws Exception {
    Http.awaitHealthy();
    POLICE.deploy(context);

    JsonNode partner = get("police", "/api/v1/partners/police/reports?limit=200");
    JsonNode core = get("police", "/api/v1/received-reports?limit=200");
    assertThat(partner.get("items")).isNotEmpty();
    assertThat(ids(partner)).isEqualTo(ids(core));
    assertThat(fieldNames(partner.at("/items/0"))).isEqualTo(fieldNames(core.at("/items/0")));
    assertThat(fieldNames(partner.at("/items/0/dataSet")))
        .isEqualTo(fieldNames(core.at("/items/0/dataSet")));

    JsonNode report = null;
    for (JsonNode item : partner.get("items")) {
      if (item.get("state").asText().equals("REPORTED")) {
        report = item;
      }
    }
    assertThat(report).as("a report to acknowledge").isNotNull();
    String reportId = report.get("id").asText();
    String followUps = "/api/v1/partners/police/reports/" + reportId + "/follow-ups";
    HttpResponse<String> followUp =
        Http.send(
            "POST", followUps, "police", "{\"date\":\"" + TODAY + "\",\"note\":\"spoken\"}", null);
    assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
    assertThat(get("police", followUps).findValuesAsText("id"))
        .contains(Http.json(followUp).get("id").asText());

    String acknowledgement = "/api/v1/partners/police/reports/" + reportId + "/acknowledgement";
    assertThat(Http.send("POST", acknowledgement, "police", null, null).statusCode())
        .isEqualTo(428);
    HttpResponse<String> acknowledged =
        Http.send(
            "POST", acknowledgement, "police", null, "\"" + report.get("version").asText() + "\"");
    assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
    assertThat(Http.json(acknowledged).get("state").asText()).isEqualTo("ACKNOWLEDGED");
  }

  @Test
  public void thePoliceCannotReadAFamilyOrTherapyThroughAnyPartnerAndAreAudited() throws Exception {
    Http.awaitHealthy();
    MUNICIPALITY.deploy(context);
    THERAPY.deploy(context);
    POLICE.deploy(context);
    String family =
        get("municipality", "/api/v1/partners/gm0363/families?limit=1").at("/items/0/id").asText();
    String member = get("therapist", THERAPY.route).at("/items/0/memberId").asText();

    assertThat(status("police", "/api/v1/partners/gm0363/families")).isEqualTo(403);
    assertThat(status("police", "/api/v1/partners/gm0363/families/" + family + "/meetings"))
        .isEqualTo(403);
    assertThat(status("police", "/api/v1/partners/therapy-demo/referrals")).isEqualTo(403);
    assertThat(status("police", "/api/v1/partners/therapy-demo/members/" + member + "/sessions"))
        .isEqualTo(403);
    // A family's id is no report: no records about it (PartnerContext.of), nothing of the family.
    assertThat(
            get("police", "/api/v1/partners/police/reports/" + family + "/follow-ups").toString())
        .doesNotContain(family)
        .doesNotContain("\"id\"");

    // A report the centre made to the municipality is not the police's.
    String municipalReport =
        get("municipality", "/api/v1/received-reports?limit=1").at("/items/0/id").asText();
    HttpResponse<String> refused =
        Http.send(
            "POST",
            "/api/v1/partners/police/reports/" + municipalReport + "/follow-ups",
            "police",
            "{\"date\":\"" + TODAY + "\",\"note\":\"not ours\"}",
            null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    List<JsonNode> polices = audit("police");
    assertThat(polices)
        .anySatisfy(
            entry -> {
              assertThat(entry.get("outcome").asText()).isEqualTo("DENIED");
              assertThat(entry.get("channel").asText()).startsWith(POLICE.channelPrefix());
              assertThat(entry.get("objectId").asText()).isEqualTo(municipalReport);
            });
    assertThat(polices)
        .noneSatisfy(
            entry -> {
              assertThat(entry.get("outcome").asText()).isEqualTo("ALLOWED");
              assertThat(entry.get("category").asText()).isIn("IDENTITY", "THERAPY_NOTES");
            });
  }

  @Test
  public void theTherapistKeepsSessionNotesOfReferredMembersOnlyAndNoOneElseReadsThem()
      throws Exception {
    Http.awaitHealthy();
    THERAPY.deploy(context);
    JsonNode referrals = get("therapist", THERAPY.route);
    assertThat(referrals.get("items")).isNotEmpty();
    JsonNode referral = referrals.at("/items/0");
    String sessions = "/api/v1/partners/therapy-demo/members/" + referral.get("memberId").asText();
    sessions += "/sessions";
    String note = "Gesprek over school " + System.nanoTime();

    HttpResponse<String> created =
        Http.send(
            "POST",
            sessions,
            "therapist",
            "{\"date\":\"" + TODAY + "\",\"kind\":\"INDIVIDUAL\",\"note\":\"" + note + "\"}",
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(get("therapist", sessions).findValuesAsText("note")).contains(note);

    HttpResponse<String> counsellor = Http.send("GET", sessions, "counsellor", null, null);
    assertThat(counsellor.statusCode()).isIn(403, 404);
    assertThat(counsellor.body()).doesNotContain(note);

    Set<String> referred = new HashSet<>(referrals.findValuesAsText("familyId"));
    String notReferred = memberOfAFamilyOtherThan(referred);
    String theirs = "/api/v1/partners/therapy-demo/members/" + notReferred + "/sessions";
    HttpResponse<String> refused =
        Http.send(
            "POST",
            theirs,
            "therapist",
            "{\"date\":\"" + TODAY + "\",\"kind\":\"INDIVIDUAL\",\"note\":\"x\"}",
            null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    // Reading is no 404: PartnerContext.of gives no records about a subject out of reach.
    assertThat(get("therapist", theirs).findValuesAsText("id")).isEmpty();
    assertThat(audit("therapist"))
        .anySatisfy(
            entry -> {
              assertThat(entry.get("outcome").asText()).isEqualTo("DENIED");
              assertThat(entry.get("channel").asText()).startsWith(THERAPY.channelPrefix());
              assertThat(entry.get("memberId").asText()).isEqualTo(notReferred);
            });

    assertThat(status("therapist", "/api/v1/partners/therapy-demo/reports")).isEqualTo(404);
    assertThat(audit("therapist"))
        .noneSatisfy(
            entry -> {
              assertThat(entry.get("channel").asText()).startsWith(THERAPY.channelPrefix());
              assertThat(entry.get("category").asText()).isEqualTo("SECURITY_REPORTS");
              assertThat(entry.get("outcome").asText()).isEqualTo("ALLOWED");
            });
  }

  @Test
  public void eachPartnerUserSeesItsPageAndLoadsItsModule() throws Exception {
    Http.awaitHealthy();
    Map<ReferencePartner, String> pages =
        Map.of(
            MUNICIPALITY, "municipality-families",
            POLICE, "police-reports",
            THERAPY, "therapy-referrals");
    for (var page : pages.entrySet()) {
      ReferencePartner partner = page.getKey();
      partner.deploy(context);
      JsonNode items = get(partner.user, "/api/v1/ui/extensions?lang=en").get("items");
      JsonNode extension = null;
      for (JsonNode item : items) {
        if (item.get("id").asText().equals(page.getValue())) {
          extension = item;
        }
      }
      assertThat(extension).as(partner.user + " sees " + page.getValue()).isNotNull();
      HttpResponse<String> module =
          Http.send("GET", extension.get("module").asText(), partner.user, null, null);
      assertThat(module.statusCode()).isEqualTo(200);
      assertThat(module.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    }
    assertThat(get("police", "/api/v1/ui/extensions?lang=en").findValuesAsText("id"))
        .doesNotContain("municipality-families", "therapy-referrals");
  }

  @Test
  public void installingAndUninstallingAPartnerFeatureLeavesEveryCoreBundleAloneAndIsAudited()
      throws Exception {
    Http.awaitHealthy();
    POLICE.deploy(context);
    Map<Long, Long> before = Boundary.activeBundlesBut(context, "nl.steunpunt.partner.");
    ConcurrentLinkedQueue<String> coreEvents = Boundary.watch(context, before, watchers);

    operator("feature:uninstall " + POLICE.feature);
    await(() -> POLICE.bundle(context) == null, "the police bundle uninstalled");
    operator("feature:install " + POLICE.feature);
    await(() -> isActive(POLICE.bundle(context)), "the police bundle active");
    POLICE.allowAndGrant(context);

    assertThat(coreEvents).isEmpty();
    assertThat(Boundary.activeBundlesBut(context, "nl.steunpunt.partner.")).isEqualTo(before);
    await(
        () -> lifecycleOf(POLICE).containsAll(List.of("uninstalled", "installed", "started")),
        "the lifecycle audited");
  }

  @Test
  public void anUnlistedReferenceBundleIsRefusedRaisesAnAlertAndHasNoRoute() throws Exception {
    Http.awaitHealthy();
    THERAPY.deploy(context);

    Map<Long, Long> before = Boundary.activeBundlesBut(context, "nl.steunpunt.partner.");
    operator("steunpunt:partner-disallow " + THERAPY.symbolicName);
    await(() -> status("therapist", THERAPY.route) == 404, "the therapy route withdrawn");
    // Off the allow-list, the bundle is stopped and refreshed on its own: none of its code runs.
    await(
        () -> THERAPY.bundle(context).getState() == Bundle.INSTALLED,
        "the therapy bundle back to INSTALLED");

    String partners = operator("steunpunt:partners");
    assertThat(partners.lines().filter(l -> l.startsWith("therapy-demo ")))
        .singleElement()
        .asString()
        .contains(THERAPY.symbolicName, "INSTALLED", "REFUSED");
    assertThat(partners)
        .contains("partner bundle " + THERAPY.symbolicName, "not on the allow-list")
        .contains(
            "bundle " + THERAPY.symbolicName,
            "may not run: not platform and not on the allow-list");
    assertThat(Http.json(Http.send(Http.request("/health"))).get("alerts").asInt()).isPositive();
    assertThat(get("therapist", "/api/v1/ui/extensions").findValuesAsText("id"))
        .doesNotContain("therapy-referrals");
    assertThat(status("therapist", "/plugins/therapy-demo/therapy.js")).isEqualTo(404);

    // Allowed again: it resolves and starts (it is still marked to start), no core bundle touched.
    THERAPY.allowAndGrant(context);
    assertThat(isActive(THERAPY.bundle(context))).isTrue();
    assertThat(Boundary.activeBundlesBut(context, "nl.steunpunt.partner.")).isEqualTo(before);
  }

  @Test
  public void thePolicePartnerAsAKarInDeployIsInstalledAndRemovedWithoutTouchingTheCore()
      throws Exception {
    Http.awaitHealthy();
    if (POLICE.bundle(context) != null) {
      operator("feature:uninstall " + POLICE.feature);
      await(() -> POLICE.bundle(context) == null, "the police bundle uninstalled");
    }
    Map<Long, Long> before = Boundary.activeBundlesBut(context, "nl.steunpunt.partner.");
    ConcurrentLinkedQueue<String> coreEvents = Boundary.watch(context, before, watchers);
    Path kar = Path.of(System.getProperty("steunpunt.partner.police.kar"));
    Path deployed =
        Path.of(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());

    Files.copy(kar, deployed, StandardCopyOption.REPLACE_EXISTING);
    await(() -> isActive(POLICE.bundle(context)), "the police bundle from the KAR active");
    POLICE.allowAndGrant(context);
    assertThat(operator("feature:list -i")).contains(POLICE.feature);

    Files.delete(deployed);
    await(() -> POLICE.bundle(context) == null, "the police bundle gone with the KAR");
    assertThat(operator("feature:list -i")).doesNotContain(POLICE.feature);
    assertThat(status("police", POLICE.route)).isEqualTo(404);

    assertThat(coreEvents).isEmpty();
    assertThat(Boundary.activeBundlesBut(context, "nl.steunpunt.partner.")).isEqualTo(before);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static int status(String user, String path) throws Exception {
    return Http.send("GET", path, user, null, null).statusCode();
  }

  private static Set<String> ids(JsonNode page) {
    return new TreeSet<>(page.get("items").findValuesAsText("id"));
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A family of none of the municipalities given, from the team lead's list. */
  private static String familyOutside(String... municipalities) throws Exception {
    for (JsonNode family : get("teamlead", "/api/v1/families?limit=200").get("items")) {
      if (!List.of(municipalities).contains(family.get("municipality").asText())) {
        return family.get("id").asText();
      }
    }
    throw new AssertionError("no family outside " + List.of(municipalities));
  }

  private static String memberOfAFamilyOtherThan(Set<String> families) throws Exception {
    for (JsonNode family : get("teamlead", "/api/v1/families?limit=200").get("items")) {
      String id = family.get("id").asText();
      if (!families.contains(id)) {
        JsonNode members = get("teamlead", "/api/v1/families/" + id + "/members");
        if (members.size() > 0) {
          return members.get(0).get("id").asText();
        }
      }
    }
    throw new AssertionError("no member outside the referred families");
  }

  private static boolean isActive(Bundle bundle) {
    return bundle != null && bundle.getState() == Bundle.ACTIVE;
  }

  /** The lifecycle the platform audited for a partner's bundle, newest first. */
  private static List<String> lifecycleOf(ReferencePartner partner) throws Exception {
    List<String> details = new ArrayList<>();
    for (JsonNode entry : audit("platform")) {
      if (entry.get("action").asText().equals("BUNDLE_LIFECYCLE")
          && entry.get("channel").asText().startsWith(partner.channelPrefix())) {
        details.add(entry.get("detail").asText());
      }
    }
    return details;
  }
}
