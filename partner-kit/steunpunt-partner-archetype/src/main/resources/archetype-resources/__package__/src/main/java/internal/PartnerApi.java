package ${package}.internal;

import java.time.Clock;
import javax.servlet.Servlet;
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
 * The partner's REST routes, in the platform's web context (which authenticates, checks CSRF and
 * sets the security headers). Satisfied only while the platform gives this bundle a {@link
 * PartnerContext}, that is while it is allow-listed and its partner granted.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(Partner.ID + "-api")
@HttpWhiteboardServletPattern(Partner.PATTERN)
public final class PartnerApi extends PartnerServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public PartnerApi(@Reference PartnerContext context, @Reference PartnerEvents events) {
    super(new PartnerRoutes(context, events.tally(), Clock.systemUTC()).router(), Partner.ROLE);
  }
}
