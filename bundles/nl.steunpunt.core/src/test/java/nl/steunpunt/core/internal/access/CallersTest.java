package nl.steunpunt.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import nl.steunpunt.api.access.Channel;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/** Which bundle calls, by the code on the stack; this test class stands for a partner's code. */
class CallersTest {

  private static final Bundle PARTNER = bundle("nl.example.crm", "1.0.0");
  private final Callers callers =
      new Callers(bundle -> bundle != PARTNER, type -> type == CallersTest.class ? PARTNER : null);

  @Test
  void aCallWithTheCodeOfABundleOutsideThePlatformOnTheStackIsRefused() {
    assertThat(callers.outsider()).contains(PARTNER);
    assertThat(callers.refusal()).contains(Callers.OUTSIDER);
  }

  @Test
  void throughItsOwnPartnerContextTheSameCallIsNotRefused() {
    assertThat(
            callers.through(new Channel.PartnerBundle("nl.example.crm", "1.0.0"), callers::refusal))
        .isEmpty();
    assertThat(
            callers.through(
                new Channel.PartnerBundle("nl.example.other", "1.0.0"), callers::refusal))
        .as("not through another bundle's context")
        .contains(Callers.OUTSIDER);
    assertThat(callers.refusal()).as("only for that call").contains(Callers.OUTSIDER);
  }

  @Test
  void withOnlyThePlatformsCodeOnTheStackNothingIsRefused() {
    Callers platformOnly = new Callers(bundle -> true, type -> PARTNER);

    assertThat(platformOnly.outsider()).isEmpty();
    assertThat(platformOnly.refusal()).isEmpty();
  }

  private static Bundle bundle(String name, String version) {
    return (Bundle)
        Proxy.newProxyInstance(
            CallersTest.class.getClassLoader(),
            new Class<?>[] {Bundle.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getSymbolicName" -> name;
                  case "getVersion" -> Version.parseVersion(version);
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> null;
                });
  }
}
