package nl.steunpunt.core.internal.partner.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.steunpunt.core.internal.partner.trust.Configured;
import org.junit.jupiter.api.Test;

class HeldGrantsTest {

  static final Map<String, Object> HELD =
      Map.of(
          "partnerId", "gm0363",
          "kind", "MUNICIPALITY",
          "purpose", "MUNICIPAL_SUPPORT",
          "organisation", "GM0363",
          "municipalities", new String[] {"0363"},
          "categories", new String[] {"IDENTITY", "EVENTS"},
          "timeline", true);

  /** A grant configuration as Declarative Services activates it, with its own bookkeeping. */
  static PartnerGrantReader activated(Map<String, Object> properties) {
    Map<String, Object> component = new HashMap<>(properties);
    component.put("service.pid", "nl.steunpunt.partners.grant~node-b-1");
    component.put("service.factoryPid", PartnerGrantReader.PID);
    component.put("component.name", PartnerGrantReader.class.getName());
    component.put("component.id", 42L);
    component.put("osgi.ds.satisfying.condition.target", "(osgi.condition.id=true)");
    component.put("felix.fileinstall.filename", "file:/opt/karaf/etc/grant.cfg");
    return new PartnerGrantReader(
        Configured.invalid("nl.steunpunt.partners.grant~node-b-1", "not read here"),
        SettingText.ofComponent(component));
  }

  @Test
  void aConfigurationWithTheDatabasesPropertiesCountsWhateverItsBookkeeping() {
    Map<String, Object> asListed = new HashMap<>(HELD);
    asListed.put("categories", List.of("IDENTITY", "EVENTS"));

    assertThat(HeldGrants.of(List.of(HELD)).holds(activated(HELD))).isTrue();
    assertThat(HeldGrants.of(List.of(HELD)).holds(activated(asListed)))
        .as("the same values as a list")
        .isTrue();
  }

  @Test
  void aWiderOrOtherwiseChangedConfigurationDoesNotCount() {
    Map<String, Object> wider = new HashMap<>(HELD);
    wider.put("categories", new String[] {"IDENTITY", "EVENTS", "COUNSELLING_NOTES"});
    Map<String, Object> fromStart = new HashMap<>(HELD);
    fromStart.put("fromStart", true);
    Map<String, Object> otherPartner = new HashMap<>(HELD);
    otherPartner.put("partnerId", "gm0599");

    HeldGrants held = HeldGrants.of(List.of(HELD));

    assertThat(held.holds(activated(wider))).isFalse();
    assertThat(held.holds(activated(fromStart))).as("a property added").isFalse();
    assertThat(held.holds(activated(otherPartner))).isFalse();
  }

  @Test
  void aMismatchNamesTheDifferingPropertiesButNeverTheirValues() {
    Map<String, Object> wider = new HashMap<>(HELD);
    wider.put("categories", new String[] {"IDENTITY", "EVENTS", "COUNSELLING_NOTES"});
    wider.put("fromStart", true);
    Map<String, Object> otherPartner = new HashMap<>(HELD);
    otherPartner.put("partnerId", "gm0599");
    HeldGrants held = HeldGrants.of(List.of(HELD));

    assertThat(held.mismatch(activated(HELD))).isEmpty();
    assertThat(held.mismatch(activated(wider)))
        .hasValue("it differs from the database's in categories, fromStart");
    assertThat(held.mismatch(activated(otherPartner)))
        .hasValue("the database holds no grant for its partner");
  }

  @Test
  void theSameGrantsInAnotherOrderAreTheSameButPendingIsNeverTheSame() {
    Map<String, Object> other = new HashMap<>(HELD);
    other.put("partnerId", "gm0599");

    assertThat(HeldGrants.of(List.of(HELD, other)).sameAs(HeldGrants.of(List.of(other, HELD))))
        .isTrue();
    assertThat(HeldGrants.of(List.of(HELD)).sameAs(HeldGrants.of(List.of(HELD, other)))).isFalse();
    assertThat(HeldGrants.of(List.of()).sameAs(HeldGrants.PENDING)).isFalse();
  }

  @Test
  void beforeTheFirstReconciliationNoGrantCounts() {
    assertThat(HeldGrants.PENDING.holds(activated(HELD))).isFalse();
    assertThat(HeldGrants.of(List.of()).holds(activated(HELD))).isFalse();
  }
}
