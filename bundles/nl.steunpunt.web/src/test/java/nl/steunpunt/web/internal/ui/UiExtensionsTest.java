package nl.steunpunt.web.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiExtensionsTest {

  private static final Actor.Issuer ISSUER = new Actor.Issuer();

  private final FakeTrustedBundles trust = new FakeTrustedBundles();
  private final UiExtensions extensions = new UiExtensions(trust);
  private final List<Long> told = new ArrayList<>();

  {
    extensions.addListener(told::add);
  }

  private static Actor actor(Role... roles) {
    return ISSUER.issue("anna", Set.of(roles), Organisation.CENTRE, Channel.WEB);
  }

  private List<String> ids() {
    return extensions.snapshot().entries().stream().map(UiExtensionEntry::id).toList();
  }

  @Test
  void aValidExtensionIsListedWithItsBundleAndEveryChangeRaisesTheVersion() {
    TestExtension overview = TestExtension.valid("overview");

    extensions.add(overview, 0L, "nl.gemeente.plugin", "1.2.0");
    extensions.remove(overview);
    extensions.add(overview, 0L, "nl.gemeente.plugin", "1.2.1");

    UiExtensionEntry entry = extensions.snapshot().entries().get(0);
    assertThat(entry.bundle()).isEqualTo("nl.gemeente.plugin");
    assertThat(entry.bundleVersion()).isEqualTo("1.2.1");
    assertThat(entry.titleNl()).isEqualTo("Gemeente");
    assertThat(extensions.snapshot().version()).isEqualTo(3);
    assertThat(told).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aBundleThatIsNeitherThePlatformsNorAGrantedPartnerShowsNothingAndIsReported() {
    extensions.add(
        TestExtension.valid("rogue").withModule("/plugins/rogue/page.js").withElement("rogue-page"),
        7L,
        "nl.example.rogue",
        "1.0.0");

    assertThat(ids()).isEmpty();
    assertThat(trust.refusals)
        .singleElement()
        .asString()
        .startsWith("7: UI extension rogue not shown: not an allow-listed, granted partner");
  }

  @Test
  void aGrantedPartnersPageIsShownOnlyWithinItsOwnPrefix() {
    trust.grant(8L, "crm");
    extensions.add(
        TestExtension.valid("crm-cases")
            .withModule("/plugins/crm/cases.js")
            .withElement("crm-cases"),
        8L,
        "nl.example.crm",
        "1.0.0");
    extensions.add(
        TestExtension.valid("crm-other").withModule("/plugins/gm0363/x.js").withElement("crm-x"),
        8L,
        "nl.example.crm",
        "1.0.0");
    extensions.add(
        TestExtension.valid("crm-fake")
            .withModule("/plugins/crm/fake.js")
            .withElement("sp-families"),
        8L,
        "nl.example.crm",
        "1.0.0");

    assertThat(ids()).containsExactly("crm-cases");
    assertThat(trust.refusals)
        .anyMatch(r -> r.contains("crm-other") && r.contains("must lie under /plugins/crm/"))
        .anyMatch(r -> r.contains("crm-fake") && r.contains("must start with crm-"));
  }

  @Test
  void aPartnerThatLosesItsGrantDisappearsAtOnceAndTheListenersAreTold() {
    trust.grant(8L, "crm");
    extensions.add(
        TestExtension.valid("crm-cases")
            .withModule("/plugins/crm/cases.js")
            .withElement("crm-cases"),
        8L,
        "nl.example.crm",
        "1.0.0");
    long shown = extensions.snapshot().version();

    trust.revoke(8L);

    assertThat(ids()).isEmpty();
    assertThat(extensions.snapshot().version()).isGreaterThan(shown);
    assertThat(told).last().isEqualTo(extensions.snapshot().version());

    trust.grant(8L, "crm");

    assertThat(ids()).containsExactly("crm-cases");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "Overview", "1st", "-a", "a_b", "ab cd", ""})
  void anIdThatBreaksTheRuleIsIgnored(String id) {
    extensions.add(TestExtension.valid("ok").withElement("gm-ok"), 0L, "b", "1");
    TestExtension broken =
        new TestExtension(
            id,
            Map.of("nl", "a", "en", "b"),
            UiSlot.NAV,
            "/p.js",
            "gm-x",
            Set.of(),
            java.util.Optional.empty(),
            1);

    extensions.add(broken, 0L, "nl.partner", "1.0.0");

    assertThat(ids()).containsExactly("ok");
    assertThat(told).containsExactly(1L);
  }

  @Test
  void anIdOf63CharactersIsTheLongestAllowed() {
    String longest = "a" + "b".repeat(62);

    extensions.add(TestExtension.valid(longest), 0L, "b", "1");
    extensions.add(TestExtension.valid(longest + "c"), 0L, "b", "1");

    assertThat(ids()).containsExactly(longest);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plugins/page.js",
        "//evil.example/page.js",
        "https://evil.example/page.js",
        "/plugins/../admin.js",
        "/plugins/./page.js",
        "/plugins//page.js",
        "/plugins/page.js?x=1",
        "/plugins\\\\page.js",
        "/"
      })
  void aModuleThatIsNotAnAbsoluteSameOriginPathIsIgnored(String module) {
    extensions.add(TestExtension.valid("overview").withModule(module), 0L, "b", "1");

    assertThat(ids()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "overview",
        "Gm-overview",
        "1-overview",
        "gm-Overview",
        "font-face",
        "gm overview"
      })
  void anElementThatIsNoValidCustomElementNameIsIgnored(String element) {
    extensions.add(TestExtension.valid("overview").withElement(element), 0L, "b", "1");

    assertThat(ids()).isEmpty();
  }

  @Test
  void titlesInDutchAndEnglishAreRequired() {
    extensions.add(TestExtension.valid("one").withTitles(Map.of("nl", "Een")), 0L, "b", "1");
    extensions.add(
        TestExtension.valid("two").withTitles(Map.of("nl", " ", "en", "Two")), 0L, "b", "1");
    extensions.add(
        TestExtension.valid("three").withTitles(Map.of("nl", "x".repeat(101), "en", "Three")),
        0L,
        "b",
        "1");
    Map<String, String> withNull = new HashMap<>();
    withNull.put("nl", null);
    withNull.put("en", "Four");
    extensions.add(TestExtension.valid("four").withTitles(withNull), 0L, "b", "1");
    extensions.add(TestExtension.valid("five").withTitles(null), 0L, "b", "1");

    assertThat(ids()).isEmpty();
  }

  @Test
  void anExtensionWhoseMethodThrowsIsIgnored() {
    extensions.add(
        new UiExtension() {
          @Override
          public String id() {
            throw new IllegalStateException("not ready");
          }

          @Override
          public Map<String, String> titles() {
            return Map.of("nl", "a", "en", "b");
          }

          @Override
          public UiSlot slot() {
            return UiSlot.NAV;
          }

          @Override
          public String module() {
            return "/p.js";
          }

          @Override
          public String element() {
            return "gm-x";
          }

          @Override
          public Set<Role> roles() {
            return Set.of();
          }

          @Override
          public java.util.Optional<Purpose> purpose() {
            return java.util.Optional.empty();
          }
        },
        0L,
        "b",
        "1");

    assertThat(ids()).isEmpty();
  }

  @Test
  void aDuplicateIdIsIgnoredUntilTheFirstLeavesThenItTakesThePlace() {
    TestExtension first = TestExtension.valid("overview");
    TestExtension second = TestExtension.valid("overview").withModule("/other/page.js");

    extensions.add(first, 0L, "nl.first", "1");
    extensions.add(second, 0L, "nl.second", "1");

    assertThat(extensions.snapshot().entries())
        .extracting(UiExtensionEntry::bundle)
        .containsExactly("nl.first");
    assertThat(told).containsExactly(1L);

    extensions.remove(first);

    assertThat(extensions.snapshot().entries())
        .extracting(UiExtensionEntry::bundle)
        .containsExactly("nl.second");
    assertThat(told).containsExactly(1L, 2L);

    extensions.remove(second);
    extensions.remove(second);

    assertThat(ids()).isEmpty();
    assertThat(told).containsExactly(1L, 2L, 3L);
  }

  @Test
  void entriesAreSortedBySlotThenOrderThenId() {
    extensions.add(TestExtension.valid("b-card").in(UiSlot.DASHBOARD, 5), 0L, "b", "1");
    extensions.add(TestExtension.valid("z-page").in(UiSlot.NAV, 20), 0L, "b", "1");
    extensions.add(TestExtension.valid("a-page").in(UiSlot.NAV, 20), 0L, "b", "1");
    extensions.add(TestExtension.valid("first").in(UiSlot.NAV, 10), 0L, "b", "1");
    extensions.add(TestExtension.valid("action").in(UiSlot.REPORT_ACTIONS, 1), 0L, "b", "1");
    extensions.add(TestExtension.valid("tab").in(UiSlot.FAMILY_TAB, 1), 0L, "b", "1");

    assertThat(ids()).containsExactly("first", "a-page", "z-page", "tab", "b-card", "action");
  }

  @Test
  void anExtensionIsVisibleToItsRolesAndWithAPurposeOnlyToRolesOfThatPurpose() {
    extensions.add(TestExtension.valid("anyone"), 0L, "b", "1");
    extensions.add(
        TestExtension.valid("municipal").withRoles(Role.MUNICIPALITY_OFFICER), 0L, "b", "1");
    extensions.add(TestExtension.valid("care").withPurpose(Purpose.CARE), 0L, "b", "1");
    extensions.add(
        TestExtension.valid("lead-care").withRoles(Role.TEAM_LEAD).withPurpose(Purpose.CARE),
        0L,
        "b",
        "1");
    extensions.add(
        TestExtension.valid("mismatch")
            .withRoles(Role.EVALUATOR)
            .withPurpose(Purpose.PRIVACY_SUPERVISION),
        0L,
        "b",
        "1");
    UiExtensions.Snapshot snapshot = extensions.snapshot();

    assertThat(snapshot.visibleTo(actor(Role.COUNSELLOR)))
        .extracting(UiExtensionEntry::id)
        .containsExactlyInAnyOrder("anyone", "care");
    assertThat(snapshot.visibleTo(actor(Role.TEAM_LEAD)))
        .extracting(UiExtensionEntry::id)
        .containsExactlyInAnyOrder("anyone", "care", "lead-care");
    assertThat(snapshot.visibleTo(actor(Role.MUNICIPALITY_OFFICER)))
        .extracting(UiExtensionEntry::id)
        .containsExactlyInAnyOrder("anyone", "municipal");
    assertThat(snapshot.visibleTo(actor(Role.EVALUATOR, Role.PRIVACY_OFFICER)))
        .extracting(UiExtensionEntry::id)
        .containsExactlyInAnyOrder("anyone", "mismatch");
  }

  @Test
  void aListenerThatFailsDoesNotStopTheOthers() {
    List<Long> second = new ArrayList<>();
    UiExtensions fresh = new UiExtensions(trust);
    fresh.addListener(
        v -> {
          throw new IllegalStateException("broken listener");
        });
    fresh.addListener(second::add);

    fresh.add(TestExtension.valid("overview"), 0L, "b", "1");

    assertThat(second).containsExactly(1L);
  }

  @Test
  void theShellsOwnPagesKeepTheRulesAndAreShownToTheirRoles() {
    CorePages.PAGES.forEach(p -> extensions.add(p, 0L, "nl.steunpunt.web", "0.1.0"));

    assertThat(ids())
        .containsExactly(
            "families",
            "tasks",
            "reports",
            "received-reports",
            "audit",
            "break-glass-reviews",
            "access-report");
    UiExtensions.Snapshot snapshot = extensions.snapshot();
    assertThat(snapshot.visibleTo(actor(Role.POLICE_LIAISON)))
        .extracting(UiExtensionEntry::id)
        .containsExactly("received-reports");
    assertThat(snapshot.visibleTo(actor(Role.PRIVACY_OFFICER)))
        .extracting(UiExtensionEntry::element)
        .containsExactly("sp-audit-page", "sp-break-glass-page", "sp-access-report-page");
    // Every page's element is defined by the shell's one module, its bundle.
    assertThat(snapshot.entries()).allMatch(e -> e.module().equals("/ui/app.bundle.js"));
    assertThat(snapshot.visibleTo(actor(Role.OPERATOR))).isEmpty();
    assertThat(snapshot.entries()).allMatch(e -> e.slot() == UiSlot.NAV);
  }
}
