package nl.steunpunt.core.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.api.partner.PartnerContext;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

class PartnerVisibilityTest {

  private final Bundle system = bundle(0, "org.apache.felix.framework");
  private final Bundle core = bundle(60, "nl.steunpunt.core");
  private final Bundle store = bundle(59, "nl.steunpunt.store.jdbc");
  private final Bundle karaf = bundle(20, "org.apache.karaf.shell.core");
  private final Bundle partner = bundle(100, "nl.example.partner");
  private final Bundle other = bundle(101, "nl.example.other");
  private final Set<Bundle> outside = Set.of(partner, other);

  /** The stack of a lookup: empty, or a frame of the partner's code. */
  private Bundle onStack = null;

  private final PartnerVisibility visibility =
      new PartnerVisibility(
          b -> !outside.contains(b), type -> type == PartnerVisibilityTest.class ? onStack : null);

  @Test
  void aBundleOutsideThePlatformSeesNoneOfThePlatformsStaffServicesNorItsStore() {
    assertThat(visibility.hidden(partner, service(core, FamilyService.class.getName()), true))
        .isTrue();
    assertThat(visibility.hidden(partner, service(store, "nl.steunpunt.store.jdbc.Store"), true))
        .isTrue();
    assertThat(visibility.hidden(partner, service(core, FamilyService.class.getName()), false))
        .as("nor is it told of them")
        .isTrue();
  }

  @Test
  void itSeesWhatIsMadeForItAndWhatOthersThanSteunpuntRegister() {
    assertThat(
            visibility.hidden(partner, service(core, MunicipalityRegister.class.getName()), true))
        .isFalse();
    assertThat(
            visibility.hidden(
                partner,
                service(
                    bundle(61, "nl.steunpunt.web"),
                    "org.osgi.service.http.context.ServletContextHelper"),
                true))
        .isFalse();
    assertThat(visibility.hidden(partner, service(karaf, "org.apache.karaf.shell.api.X"), true))
        .isFalse();
  }

  @Test
  void aPartnerContextIsSeenByItsOwnBundleOnly() {
    ServiceReference<?> context =
        service(core, Map.of(PartnerVisibility.FOR_BUNDLE, 100L), PartnerContext.class.getName());

    assertThat(visibility.hidden(partner, context, true)).isFalse();
    assertThat(visibility.hidden(other, context, true)).isTrue();
    assertThat(visibility.hidden(system, context, true)).isTrue();
  }

  @Test
  void thePlatformsOwnBundlesSeeTheStaffServices() {
    assertThat(visibility.hidden(core, service(core, FamilyService.class.getName()), true))
        .isFalse();
    assertThat(visibility.hidden(system, service(core, FamilyService.class.getName()), true))
        .isFalse();
  }

  @Test
  void aLookupThroughTheSystemBundlesContextFromAPartnersCodeFindsNoStaffService() {
    onStack = partner;

    assertThat(visibility.hidden(system, service(core, FamilyService.class.getName()), true))
        .isTrue();
    assertThat(visibility.hidden(core, service(core, FamilyService.class.getName()), true))
        .as("nor through the core's own context")
        .isTrue();
    assertThat(visibility.hidden(system, service(karaf, "org.apache.karaf.shell.api.X"), true))
        .as("other services stay visible")
        .isFalse();
  }

  @Test
  void aPartnerBundleThatIsNotThePlatformsOwnMakesNoServiceHidden() {
    Bundle lookalike = bundle(102, "nl.steunpunt.core.fake");
    PartnerVisibility strict =
        new PartnerVisibility(b -> b != lookalike && !outside.contains(b), type -> null);

    assertThat(strict.hidden(partner, service(lookalike, FamilyService.class.getName()), true))
        .isFalse();
  }

  private static ServiceReference<?> service(Bundle registrant, String... types) {
    return service(registrant, Map.of(), types);
  }

  private static ServiceReference<?> service(
      Bundle registrant, Map<String, Object> properties, String... types) {
    return (ServiceReference<?>)
        Proxy.newProxyInstance(
            PartnerVisibilityTest.class.getClassLoader(),
            new Class<?>[] {ServiceReference.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBundle" -> registrant;
                  case "getProperty" ->
                      Constants.OBJECTCLASS.equals(args[0]) ? types : properties.get(args[0]);
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }

  private static Bundle bundle(long id, String symbolicName) {
    return (Bundle)
        Proxy.newProxyInstance(
            PartnerVisibilityTest.class.getClassLoader(),
            new Class<?>[] {Bundle.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBundleId" -> id;
                  case "getSymbolicName" -> symbolicName;
                  case "hashCode" -> Long.hashCode(id);
                  case "equals" -> proxy == args[0];
                  case "toString" -> symbolicName;
                  default -> null;
                });
  }
}
