package nl.steunpunt.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What the trust boundary's tests share: the platform's active bundles to compare before and after
 * (nothing else may be touched), an allow-list entry as the operator writes it, and the platform's
 * audit entries refusing a bundle.
 */
final class Boundary {

  private Boundary() {}

  /**
   * The active bundles but the test's own, Pax Exam's probe and those whose symbolic name starts
   * with the prefix (the ones under test): id to last modification.
   */
  static Map<Long, Long> activeBundlesBut(BundleContext context, String prefix) {
    Map<Long, Long> bundles = new HashMap<>();
    for (Bundle bundle : context.getBundles()) {
      String name = String.valueOf(bundle.getSymbolicName());
      if (bundle.getState() == Bundle.ACTIVE
          && !name.startsWith(prefix)
          && !name.startsWith("PAXEXAM")
          && bundle.getBundleId() != context.getBundle().getBundleId()) {
        bundles.put(bundle.getBundleId(), bundle.getLastModified());
      }
    }
    return bundles;
  }

  /**
   * Allow-lists version 1.0.0 of a bundle with the SHA-256 of its jar, as an operator does: with
   * the console (grants and the allow-list live in the database; an entry made in Configuration
   * Admin alone is removed by the platform).
   */
  static void allow(String symbolicName, String sha256) {
    allow(symbolicName, "[1.0.0,1.0.0]", sha256);
  }

  static void allow(String symbolicName, String versionRange, String sha256) {
    ReferencePartner.operator(
        "steunpunt:partner-allow --symbolic-name "
            + symbolicName
            // Quoted: the console's parser reads an unbalanced "[1.0.0,2.0.0)" as a list.
            + " --version-range '"
            + versionRange
            + "' --sha256 "
            + sha256);
  }

  /** Grants a partner with the console; the options of steunpunt:partner-grant, then the id. */
  static void grant(String optionsAndPartnerId) {
    ReferencePartner.operator("steunpunt:partner-grant " + optionsAndPartnerId);
  }

  /** Takes every allow-list entry this node has off the list, with the console. */
  static void disallowEvery(ConfigurationAdmin configurations) throws Exception {
    for (String name : named(configurations, "nl.steunpunt.partners.allow", "symbolicName")) {
      ReferencePartner.operator("steunpunt:partner-disallow " + name);
    }
  }

  /** Revokes every grant this node has, with the console. */
  static void revokeEvery(ConfigurationAdmin configurations) throws Exception {
    for (String id : named(configurations, "nl.steunpunt.partners.grant", "partnerId")) {
      ReferencePartner.operator("steunpunt:partner-revoke " + id);
    }
  }

  private static java.util.Set<String> named(
      ConfigurationAdmin configurations, String factoryPid, String property) throws Exception {
    java.util.Set<String> names = new java.util.TreeSet<>();
    var found = configurations.listConfigurations("(service.factoryPid=" + factoryPid + ")");
    for (var c : found == null ? new org.osgi.service.cm.Configuration[0] : found) {
      Object name = c.getProperties() == null ? null : c.getProperties().get(property);
      if (name instanceof String text && !text.isBlank()) {
        names.add(text.strip());
      }
    }
    return names;
  }

  /** The details of the platform's DENIED lifecycle entries about version 1.0.0 of a bundle. */
  static List<String> denied(String symbolicName) throws IOException {
    List<String> details = new ArrayList<>();
    for (JsonNode entry : ReferencePartner.audit("platform")) {
      if (entry.get("action").asText().equals("BUNDLE_LIFECYCLE")
          && entry.get("outcome").asText().equals("DENIED")
          && entry.get("channel").asText().equals("bundle:" + symbolicName + "/1.0.0")) {
        details.add(entry.get("detail").asText());
      }
    }
    return details;
  }

  /**
   * Collects every event of the given bundles from now on; the listener is added to {@code
   * listeners} for the test to remove.
   */
  static ConcurrentLinkedQueue<String> watch(
      BundleContext context, Map<Long, Long> bundles, List<BundleListener> listeners) {
    ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    BundleListener watcher =
        event -> {
          if (bundles.containsKey(event.getBundle().getBundleId())) {
            events.add(event.getBundle().getSymbolicName() + " " + event.getType());
          }
        };
    context.addBundleListener(watcher);
    listeners.add(watcher);
    return events;
  }
}
