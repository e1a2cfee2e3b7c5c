package nl.steunpunt.partner.therapy.internal;

import nl.steunpunt.api.partner.PartnerHttp;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the bundle's {@code web/} folder (the UI module) at {@code /plugins/therapy-demo/} in the
 * platform's web context, so only logged-in staff can load it.
 */
@Component(service = TherapyFiles.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardResource(pattern = TherapyPartner.FILES + "/*", prefix = "/web")
public final class TherapyFiles {}
