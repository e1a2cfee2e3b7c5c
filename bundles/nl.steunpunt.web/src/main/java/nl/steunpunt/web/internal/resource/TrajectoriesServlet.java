package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.report.ReportService;
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
 * {@code /api/v1/trajectories}: the trajectory itself ({@link TrajectoriesResource}), its timeline,
 * notes, new tasks, referrals and security reports ({@link ReportsResource}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-trajectories")
@HttpWhiteboardServletPattern("/api/v1/trajectories/*")
public final class TrajectoriesServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public TrajectoriesServlet(
      @Reference JsonCodec json,
      @Reference TrajectoryService trajectories,
      @Reference ReportService reports) {
    super(json, routes(trajectories, reports));
  }

  private static ApiRoutes routes(TrajectoryService trajectories, ReportService reports) {
    ApiRoutes router = new ApiRoutes();
    new TrajectoriesResource(trajectories).addTo(router);
    new TimelineResource(trajectories).addTo(router);
    new NotesResource(trajectories).addTo(router);
    new TasksResource(trajectories).addTrajectoryRoutesTo(router);
    new ReferralsResource(trajectories).addTrajectoryRoutesTo(router);
    new ReportsResource(reports).addTrajectoryRoutesTo(router);
    return router;
  }
}
