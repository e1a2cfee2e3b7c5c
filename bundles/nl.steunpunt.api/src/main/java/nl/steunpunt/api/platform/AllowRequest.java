package nl.steunpunt.api.platform;

/**
 * One entry of the allow-list of partner bundles: the bundle with this symbolic name, a version in
 * this range, and exactly this jar may act as a partner.
 *
 * @param symbolicName the bundle's symbolic name
 * @param versionRange an OSGi version range, e.g. {@code [1.0.0,1.1.0)}, or a version (that version
 *     and later)
 * @param sha256 the SHA-256 of the bundle's jar, 64 hexadecimal digits ({@code sha256sum})
 * @since 0.2
 */
public record AllowRequest(String symbolicName, String versionRange, String sha256) {}
