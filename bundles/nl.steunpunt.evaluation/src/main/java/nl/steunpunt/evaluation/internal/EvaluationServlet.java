package nl.steunpunt.evaluation.internal;

import java.time.Clock;
import javax.servlet.Servlet;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerHttp;
import nl.steunpunt.partner.http.PartnerServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The evaluator's REST endpoints, in the platform's web context. Satisfied only while the platform
 * gives this bundle a {@link PartnerContext}. The evaluation service is asked for on each call, so
 * the platform's access policy and audit apply to every read.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(EvaluationPartner.ID + "-api")
@HttpWhiteboardServletPattern(EvaluationPartner.PATTERN)
public final class EvaluationServlet extends PartnerServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public EvaluationServlet(@Reference PartnerContext context) {
    super(
        new EvaluationRoutes(() -> context.service(EvaluationService.class), Clock.systemUTC())
            .router(),
        Role.EVALUATOR);
  }
}
