package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.access.AccessService;
import nl.steunpunt.api.erasure.ErasureService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.trajectory.TrajectoryService;
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
 * {@code /api/v1/families}: the families, their members and trajectory ({@link FamiliesResource}),
 * break-glass on a family ({@link BreakGlassResource}) and its erasure ({@link ErasureResource}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-families")
@HttpWhiteboardServletPattern({"/api/v1/families", "/api/v1/families/*"})
public final class FamiliesServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public FamiliesServlet(
      @Reference JsonCodec json,
      @Reference FamilyService families,
      @Reference TrajectoryService trajectories,
      @Reference AccessService access,
      @Reference ErasureService erasures) {
    super(json, routes(families, trajectories, access, erasures));
  }

  private static ApiRoutes routes(
      FamilyService families,
      TrajectoryService trajectories,
      AccessService access,
      ErasureService erasures) {
    ApiRoutes router = new FamiliesResource(families, trajectories).routes();
    new BreakGlassResource(access).addFamilyRoutesTo(router);
    new ErasureResource(erasures).addFamilyRoutesTo(router);
    return router;
  }
}
