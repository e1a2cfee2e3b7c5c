package nl.steunpunt.web.internal.resource;

import javax.servlet.Servlet;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/v1/tasks}: see {@link TasksResource}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-tasks")
@HttpWhiteboardServletPattern({"/api/v1/tasks", "/api/v1/tasks/*"})
public final class TasksServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  @Activate
  public TasksServlet(@Reference JsonCodec json, @Reference TrajectoryService trajectories) {
    super(json, new TasksResource(trajectories).routes());
  }
}
