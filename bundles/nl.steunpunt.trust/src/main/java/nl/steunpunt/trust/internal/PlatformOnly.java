package nl.steunpunt.trust.internal;

import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;

/**
 * The wiring only the platform's own bundles get: every Steunpunt package but the public API
 * ({@code nl.steunpunt.api} and below), such as the store contract ({@code nl.steunpunt.store}) and
 * the trust bundle's package, and a {@code Require-Bundle} of any Steunpunt bundle but the API.
 * They are exported for the core; a bundle outside the platform that imports one does not resolve,
 * or, when the import is optional, resolves without it. The store contract's export also carries a
 * mandatory attribute, but any bundle can name that in its import: this rule is what holds.
 */
final class PlatformOnly {

  private static final String OWN = "nl.steunpunt.";
  private static final String API = "nl.steunpunt.api";

  private PlatformOnly() {}

  static boolean wiring(BundleCapability capability) {
    String namespace = capability.getNamespace();
    Object name =
        switch (namespace) {
          case PackageNamespace.PACKAGE_NAMESPACE ->
              capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
          case BundleNamespace.BUNDLE_NAMESPACE ->
              capability.getAttributes().get(BundleNamespace.BUNDLE_NAMESPACE);
          default -> null;
        };
    return name instanceof String text && reserved(text);
  }

  static boolean reserved(String name) {
    return name.startsWith(OWN) && !name.equals(API) && !name.startsWith(API + ".");
  }
}
