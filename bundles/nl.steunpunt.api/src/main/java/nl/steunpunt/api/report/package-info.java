/**
 * Security reports: the one sanctioned disclosure of confidential counselling data, when a child
 * may leave for the conflict zone or comes back. A report is consulted with the parents first (who
 * reports, to whom), needs a legal basis, and discloses only a minimal data set. Every step is
 * audited.
 *
 * @since 0.1
 */
@Export
@Version("1.1.0")
package nl.steunpunt.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
