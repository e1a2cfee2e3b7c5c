package ${package}.internal;

import nl.steunpunt.api.partner.PartnerHttp;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the bundle's {@code web/} folder (the page's module and the kit's) at {@link
 * Partner#FILES} in the platform's web context, so only logged-in staff can load it.
 */
@Component(service = WebFiles.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardResource(pattern = Partner.FILES + "/*", prefix = "/web")
public final class WebFiles {}
