package nl.steunpunt.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Boots the platform on first use and keeps it in the root store, so that every test class of the
 * run shares one platform (a boot takes tens of seconds) and JUnit closes it when the run ends,
 * whatever the outcome. A shutdown hook ({@link KarafProcess}) covers a JVM that ends otherwise.
 */
final class SteunpuntExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SteunpuntExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    platform(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Steunpunt.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return platform(context);
  }

  private static Steunpunt platform(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Steunpunt.class, key -> Steunpunt.boot(Settings.fromSystem()), Steunpunt.class);
  }
}
