package nl.steunpunt.distribution.testdevloop;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the dev-loop tests' bundle, which {@code DevLoopBundle} packs at test time: its
 * partner ({@code dev-loop}) serves {@code /api/v1/partners/dev-loop/answer} with the text of the
 * jar's {@code answer.txt}, so a rebuilt jar with another text answers differently: what a partner
 * developer's saved change does. When its code runs it also leaves a marker under Karaf's data
 * folder with that text.
 */
public final class DevLoopActivator implements BundleActivator {

  /** The partner's route. */
  public static final String ROUTE = "/api/v1/partners/dev-loop/answer";

  /** The marker the bundle's code leaves when it starts, holding its answer. */
  public static final String MARKER = "ran-dev-loop";

  @Override
  public void start(BundleContext context) throws IOException {
    String answer = answer(context.getBundle().getEntry("answer.txt"));
    java.nio.file.Files.writeString(
        java.nio.file.Path.of(System.getProperty("karaf.data"), MARKER), answer);
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put("osgi.http.whiteboard.servlet.pattern", ROUTE);
    properties.put("osgi.http.whiteboard.servlet.name", "dev-loop-answer");
    properties.put(
        "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=steunpunt)");
    context.registerService(javax.servlet.Servlet.class, new Answer(answer), properties);
  }

  @Override
  public void stop(BundleContext context) {
    // The framework unregisters the servlet.
  }

  private static String answer(URL entry) throws IOException {
    try (InputStream in = entry.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private static final class Answer extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final String answer;

    Answer(String answer) {
      this.answer = answer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain;charset=utf-8");
      response.getWriter().write(answer);
    }
  }
}
