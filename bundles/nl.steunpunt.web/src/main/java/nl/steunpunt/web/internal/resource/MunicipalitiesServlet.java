package nl.steunpunt.web.internal.resource;

import java.time.Duration;
import javax.servlet.Servlet;
import nl.steunpunt.api.family.MunicipalityRegister;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.RoutedServlet;
import nl.steunpunt.web.internal.http.SteunpuntHttp;
import nl.steunpunt.web.internal.json.JsonCodec;
import nl.steunpunt.web.internal.resource.dto.MunicipalityJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/v1/municipalities}: the municipalities that exist today, by name. Public
 * reference data, so any logged-in user may read it, and the browser may keep it for an hour: it
 * changes once a year, and the family page, which names the family's municipality, then need not
 * ask for it at every visit.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SteunpuntHttp.SELECT_CONTEXT)
@HttpWhiteboardServletName("steunpunt-municipalities")
@HttpWhiteboardServletPattern("/api/v1/municipalities")
public final class MunicipalitiesServlet extends RoutedServlet {

  private static final long serialVersionUID = 1L;

  /** How long a browser may keep the list. */
  static final Duration KEPT_FOR = Duration.ofHours(1);

  @Activate
  public MunicipalitiesServlet(
      @Reference JsonCodec json, @Reference MunicipalityRegister municipalities) {
    super(
        json,
        new ApiRoutes()
            .get(
                "/api/v1/municipalities",
                exchange -> {
                  exchange.actor();
                  exchange.cacheFor(KEPT_FOR);
                  exchange.ok(municipalities.all().stream().map(MunicipalityJson::of).toList());
                }));
  }
}
