package nl.steunpunt.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/** The store's services are hidden from bundles outside the platform, over plain fakes. */
class StoreServicesTest {

  private final Bundle core = bundle(60, "nl.steunpunt.core");
  private final Bundle partner = bundle(70, "nl.example.partner");
  private final Set<Bundle> platform = Set.of(core);

  private final ServiceReference<?> store = service("nl.steunpunt.store.Store");
  private final ServiceReference<?> backup = service("nl.steunpunt.store.StoreBackup");
  private final ServiceReference<?> internal =
      service("nl.steunpunt.store.jdbc.internal.OpeningStore", "java.lang.Runnable");
  private final ServiceReference<?> api = service("nl.steunpunt.api.family.FamilyService");
  private final ServiceReference<?> lookalike = service("nl.steunpunt.storefront.Store");

  private final StoreServices hooks = new StoreServices(platform::contains, type -> null);

  @Test
  void aPartnerLooksTheStoreUpAndFindsNothingButWhatIsNotTheStores() {
    List<ServiceReference<?>> found = all();

    hooks.find(context(partner), "nl.steunpunt.store.Store", null, false, found);

    assertThat(found).containsExactly(api, lookalike);
  }

  @Test
  void theCoreFindsTheStoreAndEverythingElse() {
    List<ServiceReference<?>> found = all();

    hooks.find(context(core), "nl.steunpunt.store.Store", null, false, found);

    assertThat(found).containsExactly(store, backup, internal, api, lookalike);
  }

  @Test
  void aPartnersLookupThroughTheCoresContextFindsNoStore() {
    StoreServices seenFromAPartner = new StoreServices(platform::contains, type -> partner);
    List<ServiceReference<?>> found = all();

    seenFromAPartner.find(context(core), null, null, true, found);

    assertThat(found).containsExactly(api, lookalike);
  }

  @Test
  void aPartnersListenerIsNotToldOfTheStoreButTheCoresIs() {
    Map<BundleContext, Collection<ListenerInfo>> listeners = new HashMap<>();
    BundleContext partnerContext = context(partner);
    BundleContext coreContext = context(core);
    listeners.put(partnerContext, new ArrayList<>());
    listeners.put(coreContext, new ArrayList<>());

    hooks.event(new ServiceEvent(ServiceEvent.REGISTERED, store), listeners);

    assertThat(listeners).containsOnlyKeys(coreContext);
  }

  @Test
  void aPartnersListenerIsToldOfServicesThatAreNotTheStores() {
    Map<BundleContext, Collection<ListenerInfo>> listeners = new HashMap<>();
    BundleContext partnerContext = context(partner);
    listeners.put(partnerContext, new ArrayList<>());

    hooks.event(new ServiceEvent(ServiceEvent.REGISTERED, lookalike), listeners);

    assertThat(listeners).containsOnlyKeys(partnerContext);
  }

  private List<ServiceReference<?>> all() {
    return new ArrayList<>(List.of(store, backup, internal, api, lookalike));
  }

  private static Bundle bundle(long id, String name) {
    return fake(
        Bundle.class,
        Map.of("getBundleId", id, "getSymbolicName", name, "hashCode", (int) id, "toString", name));
  }

  private static BundleContext context(Bundle bundle) {
    return fake(
        BundleContext.class,
        Map.of("getBundle", bundle, "hashCode", (int) bundle.getBundleId() + 1000));
  }

  private static ServiceReference<?> service(String... types) {
    return fake(
        ServiceReference.class,
        Map.of(
            "getProperty",
            types,
            "hashCode",
            types[0].hashCode(),
            "toString",
            String.join(",", types)));
  }

  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    Object proxy =
        Proxy.newProxyInstance(
            StoreServicesTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getName().equals("equals")) {
                return self == args[0];
              }
              if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
              }
              throw new UnsupportedOperationException(method.getName());
            });
    return type.cast(proxy);
  }
}
