package nl.steunpunt.web.internal.http;

/**
 * The template of the route an {@link ApiRoutes} matched, as the request attribute {@link
 * SteunpuntHttp#ROUTE_ATTRIBUTE}: a type of this internal package, so that code outside the web
 * bundle cannot make one and a string set there is not taken as a metric label.
 *
 * @param template e.g. {@code /api/v1/families/{id}}
 */
public record RouteTemplate(String template) {}
