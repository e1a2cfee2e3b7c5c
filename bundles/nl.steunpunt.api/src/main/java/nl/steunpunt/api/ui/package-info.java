/**
 * Extensions of the staff web UI. A partner bundle adds a page, a tab on a family, a dashboard card
 * or an action on a security report by registering a {@link nl.steunpunt.api.ui.UiExtension}
 * service and serving the ES module it names. The shell loads the module only for users whose roles
 * (and purpose) the extension names, and places its custom element in the {@link
 * nl.steunpunt.api.ui.UiSlot slot} it asks for.
 *
 * <p>An extension only decides what the UI shows. It grants no access: the module reads and writes
 * data through the REST API, where the platform's one access policy decides and audits every call.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package nl.steunpunt.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
