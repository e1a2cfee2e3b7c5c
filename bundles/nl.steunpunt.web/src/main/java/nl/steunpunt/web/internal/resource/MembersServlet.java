package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.audit.AuditService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/v1/members}: changes to a member ({@link MembersResource}) and their data subject
 * access report ({@link AuditResource}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-members")
@HttpWhiteboardServletPattern("/api/v1/members/*")
public final class MembersServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public MembersServlet(
      @Reference JsonCodec json, @Reference FamilyService families, @Reference AuditService audit) {
    super(json, routes(families, audit));
  }

  private static ApiRoutes routes(FamilyService families, AuditService audit) {
    ApiRoutes router = new MembersResource(families).routes();
    new AuditResource(audit).addMemberRoutesTo(router);
    return router;
  }
}
