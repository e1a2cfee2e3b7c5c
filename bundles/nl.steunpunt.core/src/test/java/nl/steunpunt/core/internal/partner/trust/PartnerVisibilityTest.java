package nl.steunpunt.core.internal.partner.trust;

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
  private final Bundle store = bundle(59, "nl.steunpunt.store");
  private final Bundle karaf = bundle(20, "org.apache.karaf.shell.core");
  private final Bundle partner = bundle(100, "nl.example.partner");
  private final Bundle other = bundle(101, "nl.example.other");
  private final Set<Bundle> outside = Set.of(partner, other);

  private final java.util.List<String> refusals = new java.util.ArrayList<>();

  /** The stack of a lookup: empty, or a frame of the partner's code. */
  private Bundle onStack = null;

  private final PartnerVisibility visibility =
      new PartnerVisibility(
          b -> !outside.contains(b),
          type -> type == PartnerVisibilityTest.class ? onStack : null,
          (b, what) -> refusals.add(b + ": " + what));

  @Test
  void aBundleOutsideThePlatformSeesNoneOfThePlatformsStaffServicesNorItsStore() {
    assertThat(visibility.hidden(partner, service(core, FamilyService.class.getName()), true))
        .isTrue();
    assertThat(visibility.hidden(partner, service(store, "nl.steunpunt.store.Store"), true))
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
  void noBundleOutsideThePlatformSeesConfigurationAdminOrTheOtherAdministrationServices() {
    Bundle felixCm = bundle(8, "org.apache.felix.configadmin");
    for (String type : PartnerVisibility.ADMINISTRATION) {
      assertThat(visibility.hidden(partner, service(felixCm, type), true)).as(type).isTrue();
      assertThat(visibility.hidden(partner, service(felixCm, type), false)).as(type).isTrue();
      assertThat(visibility.hidden(karaf, service(felixCm, type), true)).as(type).isFalse();
    }
    onStack = partner;
    assertThat(
            visibility.hidden(
                system, service(felixCm, "org.osgi.service.cm.ConfigurationAdmin"), true))
        .as("nor through the system bundle's context from a partner's code")
        .isTrue();
  }

  @Test
  void aPartnerBundleThatIsNotThePlatformsOwnMakesNoServiceHidden() {
    Bundle lookalike = bundle(102, "nl.steunpunt.core.fake");
    PartnerVisibility strict =
        new PartnerVisibility(
            b -> b != lookalike && !outside.contains(b), type -> null, (b, what) -> {});

    assertThat(strict.hidden(partner, service(lookalike, FamilyService.class.getName()), true))
        .isFalse();
  }

  private static final String STEUNPUNT = "(osgi.http.whiteboard.context.name=steunpunt)";

  @Test
  void aPartnersServletUnderItsOwnPathsGoesOnTheWebFace() {
    Bundle whiteboard = bundle(30, "org.ops4j.pax.web.extender.whiteboard");
    ServiceReference<?> servlet =
        service(
            partner,
            Map.of(
                "osgi.http.whiteboard.servlet.pattern",
                "/api/v1/partners/crm/*",
                "osgi.http.whiteboard.context.select",
                STEUNPUNT),
            "javax.servlet.Servlet");
    ServiceReference<?> files =
        service(
            partner,
            Map.of(
                "osgi.http.whiteboard.resource.pattern", "/plugins/crm/*",
                "osgi.http.whiteboard.resource.prefix", "/web",
                "osgi.http.whiteboard.context.select", STEUNPUNT),
            "java.lang.Object");

    assertThat(visibility.hidden(whiteboard, servlet, false)).isFalse();
    assertThat(visibility.hidden(whiteboard, files, true)).isFalse();
    assertThat(refusals).isEmpty();
  }

  @Test
  void aPartnersServletOnAnotherPathFilterOrServletContextNeverReachesTheWebFace() {
    Bundle whiteboard = bundle(30, "org.ops4j.pax.web.extender.whiteboard");
    ServiceReference<?> shadow =
        service(
            partner,
            Map.of(
                "osgi.http.whiteboard.servlet.pattern",
                "/api/v1/families/*",
                "osgi.http.whiteboard.context.select",
                STEUNPUNT),
            "javax.servlet.Servlet");
    ServiceReference<?> filter =
        service(
            partner,
            Map.of(
                "osgi.http.whiteboard.filter.pattern",
                "/*",
                "osgi.http.whiteboard.context.select",
                STEUNPUNT),
            "javax.servlet.Filter");
    ServiceReference<?> takeover =
        service(
            partner,
            Map.of(
                "osgi.http.whiteboard.context.name", "steunpunt",
                "osgi.http.whiteboard.context.path", "/",
                "service.ranking", 1000),
            "org.osgi.service.http.context.ServletContextHelper");
    ServiceReference<?> defaultContext =
        service(
            partner,
            Map.of("osgi.http.whiteboard.servlet.pattern", "/api/v1/partners/crm/*"),
            "javax.servlet.Servlet");

    assertThat(visibility.hidden(whiteboard, shadow, false)).isTrue();
    assertThat(visibility.hidden(whiteboard, filter, true)).isTrue();
    assertThat(visibility.hidden(whiteboard, takeover, true)).isTrue();
    assertThat(visibility.hidden(whiteboard, defaultContext, true)).isTrue();
    assertThat(visibility.hidden(partner, shadow, true)).as("its own registration").isFalse();
    assertThat(refusals)
        .anyMatch(r -> r.contains("outside /api/v1/partners/crm/ and /plugins/crm/"))
        .anyMatch(r -> r.contains("filter.pattern"))
        .anyMatch(r -> r.contains("context.name"))
        .anyMatch(r -> r.contains("outside the steunpunt context"));
  }

  @Test
  void theWebRegistrationsOfThePlatformAndOfABundleWithoutAPartnerAreDecidedAsBefore() {
    Bundle whiteboard = bundle(30, "org.ops4j.pax.web.extender.whiteboard");
    ServiceReference<?> platformFilter =
        service(
            bundle(61, "nl.steunpunt.web"),
            Map.of("osgi.http.whiteboard.filter.pattern", "/*"),
            "javax.servlet.Filter");
    ServiceReference<?> library =
        service(
            other,
            Map.of("osgi.http.whiteboard.servlet.pattern", "/plugins/other/*"),
            "javax.servlet.Servlet");

    assertThat(visibility.hidden(whiteboard, platformFilter, true)).isFalse();
    assertThat(visibility.hidden(whiteboard, library, true))
        .as("a bundle that declares no partner puts nothing on the web face")
        .isTrue();
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
                  case "getPropertyKeys" -> properties.keySet().toArray(new String[0]);
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
                  case "getHeaders" ->
                      new java.util.Hashtable<>(
                          id == 100
                              ? Map.of("Steunpunt-Partner", "crm;kind=OTHER;purpose=CARE")
                              : Map.of());
                  case "hashCode" -> Long.hashCode(id);
                  case "equals" -> proxy == args[0];
                  case "toString" -> symbolicName;
                  default -> null;
                });
  }
}
