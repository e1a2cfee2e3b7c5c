package nl.steunpunt.trust;

import java.util.Objects;

/**
 * A bundle the trust boundary does not let resolve.
 *
 * @param sequence the decision's place in the order of refusals (from 1)
 * @param bundleId the bundle's id
 * @param symbolicName its symbolic name, empty when it has none
 * @param version its version
 * @param reason why
 */
public record Refusal(
    long sequence, long bundleId, String symbolicName, String version, Reason reason) {

  /** Why a bundle is refused. */
  public enum Reason {
    /** Neither the platform's own bundle nor named (symbolic name, version) on the allow-list. */
    NOT_ALLOWED("not platform and not on the allow-list"),
    /** Named, but the installed content is not the bytes the allow-list or platform list pins. */
    DIGEST_DIFFERS("installed content differs from the SHA-256 on the allow-list"),
    /** Its installed content cannot be read (installed by reference, or gone): fail closed. */
    CONTENT_UNREADABLE("installed content cannot be read"),
    /**
     * Not the platform's own, and this node's allow-list has not been brought up to date with the
     * operator's settings since the framework started: an entry revoked while the node was down
     * must not count. Decided again as soon as it is.
     *
     * @since 0.2
     */
    ALLOW_LIST_PENDING("this node's allow-list is not yet confirmed against the database"),
    /**
     * A demo bundle the platform ships (demo data and users with a published password), and this
     * node is not in demo mode: it never runs in production, whatever the allow-list says.
     *
     * @since 0.4
     */
    DEMO_ONLY("a demo bundle, and this platform is not in demo mode");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** The reason for the operator, without personal data or paths. */
    public String text() {
      return text;
    }
  }

  public Refusal {
    Objects.requireNonNull(symbolicName, "symbolicName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reason, "reason");
  }

  /** The operator's alert. */
  public String alert() {
    return "bundle " + symbolicName + " " + version + " may not run: " + reason.text();
  }
}
