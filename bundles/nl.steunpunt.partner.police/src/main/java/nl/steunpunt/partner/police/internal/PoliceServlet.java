package nl.steunpunt.partner.police.internal;

import java.time.Clock;
import javax.servlet.Servlet;
import nl.steunpunt.api.access.Role;
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
 * The police's REST endpoints, in the platform's web context (which authenticates, checks CSRF and
 * sets the security headers). Satisfied only while the platform gives this bundle a {@link
 * PartnerContext}, that is while it is on the operator's allow-list.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(PolicePartner.ID + "-api")
@HttpWhiteboardServletPattern(PolicePartner.PATTERN)
public final class PoliceServlet extends PartnerServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public PoliceServlet(@Reference PartnerContext context) {
    super(new PoliceRoutes(context, Clock.systemUTC()).router(), Role.POLICE_LIAISON);
  }
}
