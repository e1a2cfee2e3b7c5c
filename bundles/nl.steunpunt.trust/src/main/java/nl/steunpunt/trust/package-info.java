/**
 * What the trust boundary decided, for the core only: which installed bundles may not resolve and
 * why, and the SHA-256 of the content the framework installed for a bundle (the one computation the
 * allow-list's digests are compared with). Partner bundles never use it.
 *
 * <p>The boundary itself is a resolver hook of this bundle: a bundle that is neither the platform's
 * own nor on the operator's allow-list never resolves, so its code never runs.
 *
 * @since 0.1
 */
@Export
@Version("0.4.0")
package nl.steunpunt.trust;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
