/**
 * Erasure of a family's personal data (GDPR right to erasure and storage limitation): by the
 * privacy officer on request, with a reason, or by the platform when the family's trajectory has
 * been closed longer than the centre's retention period.
 *
 * <p>Erasure removes or blanks every name, note, free text and partner record of the family. It
 * keeps the anonymous facts the evaluation's indicators are computed from (roles, dates, event
 * types, report reasons and recipients), so the indicators of past years do not change, and it
 * never changes the audit log, which names ids only. Each erasure is an audit entry ({@code ERASE})
 * and an {@link nl.steunpunt.api.erasure.Erasure} record that keeps the reason.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.erasure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
