/**
 * What every Steunpunt service shares: paging, and the exceptions a service call can end with.
 *
 * <p>A record the actor may not see is reported exactly like one that does not exist ({@link
 * nl.steunpunt.api.common.NotFoundException}), so that a refusal reveals nothing.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
