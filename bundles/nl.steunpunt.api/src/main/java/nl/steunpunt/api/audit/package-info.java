/**
 * The audit log (NEN 7513): who did what to which data, when, through which channel and why —
 * including every denial. The log is append-only and hash-chained; the privacy officer searches it,
 * verifies the chain and draws up data subject access reports.
 *
 * <p>No entry holds the content of a note or personal data beyond ids.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
