/**
 * Who acts: the {@link nl.steunpunt.api.access.Actor} every call into the platform runs for, its
 * {@link nl.steunpunt.api.access.Role roles}, {@link nl.steunpunt.api.access.Organisation
 * organisation} and {@link nl.steunpunt.api.access.Channel channel}.
 *
 * <p>There is no static "current user": an actor is established by a front door (the web layer, the
 * console, a partner context) and passed explicitly with each call.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
