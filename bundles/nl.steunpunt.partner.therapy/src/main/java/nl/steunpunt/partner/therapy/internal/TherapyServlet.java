package nl.steunpunt.partner.therapy.internal;

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
 * The therapy provider's REST endpoints, in the platform's web context (which authenticates, checks
 * CSRF and sets the security headers). Satisfied only while the platform gives this bundle a {@link
 * PartnerContext}, that is while it is on the operator's allow-list.
 *
 * <p>Only therapists are served: session notes are for the provider's therapists alone, also when
 * another user (a counsellor on the family's team) could see the member through the platform.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PartnerHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(TherapyPartner.ID + "-api")
@HttpWhiteboardServletPattern(TherapyPartner.PATTERN)
public final class TherapyServlet extends PartnerServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public TherapyServlet(@Reference PartnerContext context, @Reference TherapyEvents events) {
    super(new TherapyRoutes(context, events.log(), Clock.systemUTC()).router(), Role.THERAPIST);
  }
}
