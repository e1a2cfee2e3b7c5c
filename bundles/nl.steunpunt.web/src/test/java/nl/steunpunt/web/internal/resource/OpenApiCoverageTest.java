package nl.steunpunt.web.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.steunpunt.partner.http.Router;
import nl.steunpunt.web.internal.http.ApiRoutes;
import nl.steunpunt.web.internal.http.RoutedServlet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the OpenAPI document and the servlets in step: every registered servlet pattern and every
 * route is described, and every described operation is served. The whiteboard annotations are
 * retained in class files only, so the patterns are read where the framework reads them: the
 * component descriptions bnd generates in OSGI-INF.
 */
class OpenApiCoverageTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";
  private static final String NAME = "osgi.http.whiteboard.servlet.name";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** A servlet component: its class, name and patterns. */
  record Servlet(Class<?> type, String name, List<String> patterns) {}

  private static List<Servlet> servlets;
  private static JsonNode paths;

  @BeforeAll
  static void read() throws Exception {
    servlets = servletComponents();
    try (InputStream in = OpenApiServlet.class.getResourceAsStream(OpenApiServlet.RESOURCE)) {
      paths = new ObjectMapper().readTree(in).get("paths");
    }
  }

  @Test
  void theBundleRegistersTheRestServlets() {
    assertThat(servlets)
        .extracting(Servlet::name)
        .contains(
            "steunpunt-families",
            "steunpunt-members",
            "steunpunt-trajectories",
            "steunpunt-tasks",
            "steunpunt-municipalities",
            "steunpunt-break-glass",
            "steunpunt-erasures",
            "steunpunt-audit",
            "steunpunt-referrals",
            "steunpunt-reports",
            "steunpunt-received-reports",
            "steunpunt-openapi",
            "steunpunt-ui",
            "steunpunt-ui-extensions",
            "steunpunt-ui-events");
  }

  @Test
  void everyServletHasItsOwnName() {
    List<String> names = servlets.stream().map(Servlet::name).toList();
    assertThat(names).doesNotHaveDuplicates().doesNotContainNull();
  }

  @Test
  void everyServletPatternIsInTheOpenApiPaths() {
    for (Servlet servlet : servlets) {
      for (String pattern : servlet.patterns()) {
        if (pattern.equals("/")) {
          continue; // the default servlet: whatever nothing else serves is a 404 problem
        }
        if (pattern.endsWith("/")) {
          // The OpenAPI linter refuses trailing slashes: /ui/ is described as /ui.
          pattern = pattern.substring(0, pattern.length() - 1);
        }
        if (pattern.endsWith("/*")) {
          String base = pattern.substring(0, pattern.length() - 2);
          assertThat(pathNames())
              .as(servlet.name() + " " + pattern)
              .anyMatch(p -> p.startsWith(base + "/"));
        } else {
          assertThat(pathNames()).as(servlet.name()).contains(pattern);
        }
      }
    }
  }

  @Test
  void everyRouteIsAnOperationOfTheOpenApiDocumentUnderItsServletsPatterns() throws Exception {
    for (Servlet servlet : servlets) {
      for (Router.Route<ApiRoutes.Handler> route : routes(servlet)) {
        String template = route.template();
        assertThat(paths.has(template)).as(template).isTrue();
        assertThat(paths.get(template).has(route.method().toLowerCase()))
            .as(route.method() + " " + template)
            .isTrue();
        assertThat(servlet.patterns())
            .as(template + " must be reachable through " + servlet.name())
            .anyMatch(p -> covers(p, template));
      }
    }
  }

  @Test
  void everyOperationOfTheOpenApiDocumentIsServed() throws Exception {
    Set<String> served = new HashSet<>();
    Set<String> exactPaths = new HashSet<>();
    for (Servlet servlet : servlets) {
      List<Router.Route<ApiRoutes.Handler>> routes = routes(servlet);
      routes.forEach(r -> served.add(r.method().toLowerCase() + " " + r.template()));
      if (routes.isEmpty()) {
        // A plain servlet serves its patterns; with /x/* also /x and whatever lies below it.
        for (String pattern : servlet.patterns()) {
          exactPaths.add(pattern);
          if (pattern.endsWith("/*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            pathNames().stream()
                .filter(p -> p.equals(base) || p.startsWith(base + "/"))
                .forEach(exactPaths::add);
          }
        }
      }
    }
    for (String path : pathNames()) {
      paths
          .get(path)
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (METHODS.contains(method) && !exactPaths.contains(path)) {
                  assertThat(served).contains(method + " " + path);
                }
              });
    }
  }

  private static boolean covers(String pattern, String template) {
    if (pattern.endsWith("/*")) {
      String base = pattern.substring(0, pattern.length() - 2);
      return template.equals(base) || template.startsWith(base + "/");
    }
    return pattern.equals(template);
  }

  private static List<String> pathNames() {
    List<String> names = new ArrayList<>();
    paths.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The routes of a routed servlet, built with absent services (routing needs none). */
  private static List<Router.Route<ApiRoutes.Handler>> routes(Servlet servlet) throws Exception {
    if (!RoutedServlet.class.isAssignableFrom(servlet.type())) {
      return List.of();
    }
    Constructor<?> constructor = servlet.type().getConstructors()[0];
    Object instance = constructor.newInstance(new Object[constructor.getParameterCount()]);
    return ((RoutedServlet) instance).router().routes();
  }

  /**
   * The servlet components of this bundle's classes. Starting from the classes (not from OSGI-INF)
   * skips descriptions an earlier build left behind for classes that no longer exist.
   */
  private static List<Servlet> servletComponents() throws Exception {
    List<Servlet> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String className =
            CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Path description = CLASSES.resolve("OSGI-INF").resolve(className + ".xml");
        if (Files.exists(description)) {
          servlet(Class.forName(className), description).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private static java.util.Optional<Servlet> servlet(Class<?> type, Path description)
      throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(description.toFile());
    NodeList properties = document.getElementsByTagName("property");
    List<String> patterns = new ArrayList<>();
    String name = null;
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      List<String> values =
          property.hasAttribute("value")
              ? List.of(property.getAttribute("value"))
              : property.getTextContent().strip().lines().map(String::strip).toList();
      if (PATTERN.equals(property.getAttribute("name"))) {
        patterns.addAll(values);
      } else if (NAME.equals(property.getAttribute("name"))) {
        name = values.get(0);
      }
    }
    return patterns.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Servlet(type, name, patterns));
  }
}
