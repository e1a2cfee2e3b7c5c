package nl.steunpunt.evaluation.internal;

import nl.steunpunt.api.partner.PartnerHttp;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the bundle's {@code web/} folder (the UI module and the kit's copy) at {@code
 * /plugins/evaluation/} in the platform's web context, so only logged-in staff can load it.
 */
@Component(service = EvaluationFiles.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardResource(pattern = EvaluationPartner.FILES + "/*", prefix = "/web")
public final class EvaluationFiles {}
