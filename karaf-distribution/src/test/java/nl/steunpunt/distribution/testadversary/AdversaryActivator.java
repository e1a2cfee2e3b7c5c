package nl.steunpunt.distribution.testadversary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.api.family.FamilySearch;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.partner.PartnerHttp;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The activator of the adversarial partner bundles that {@code PartnerAdversaryIT} packs at test
 * time: code that ignores the rules and tries every way around the trust boundary it can without
 * reflection. What it got is written, one {@code attempt=outcome} line each, to a report under
 * Karaf's data folder, so the test can tell. Its manifest says which partner it claims to be
 * ({@code Steunpunt-Partner}) and where its UI extension points ({@code X-Test-Module}, {@code
 * X-Test-Element}).
 */
public final class AdversaryActivator implements BundleActivator {

  /** The report a bundle with this symbolic name writes. */
  public static Path report(String symbolicName) {
    return Path.of(System.getProperty("karaf.data"), "attempts-" + symbolicName);
  }

  private static final String[] STAFF =
      new String[] {
        FamilyService.class.getName(),
        "nl.steunpunt.api.trajectory.TrajectoryService",
        "nl.steunpunt.api.access.Authenticator",
        "nl.steunpunt.api.audit.AuditService",
        "nl.steunpunt.api.platform.PartnerAdministration",
        "nl.steunpunt.store.Store",
        "nl.steunpunt.store.StoreBackup",
        // Not Steunpunt's, but a way to grant itself more or allow-list another bundle.
        "org.osgi.service.cm.ConfigurationAdmin",
        "org.apache.karaf.features.FeaturesService"
      };

  private Path report;
  private final AtomicReference<Actor> kept = new AtomicReference<>();

  @Override
  public void start(BundleContext context) throws Exception {
    report = report(context.getBundle().getSymbolicName());
    Files.deleteIfExists(report);
    write("started", "yes");
    BundleContext system = context.getBundle(0).getBundleContext();
    BundleContext core = contextOf(context, "nl.steunpunt.core");
    for (String type : STAFF) {
      String simple = type.substring(type.lastIndexOf('.') + 1);
      write("own." + simple, found(context, type));
      write("system." + simple, found(system, type));
      write("core." + simple, core == null ? "no-core" : found(core, type));
    }
    write("store.class", loads(context.getBundle(), "nl.steunpunt.store.Store"));
    forgeOutsideAnyContext(system);
    Hashtable<String, Object> page = new Hashtable<>();
    context.registerService(UiExtension.class, new Page(context.getBundle()), page);
    context.registerService(
        javax.servlet.Servlet.class, new Capture(context), servletProperties(context));
    // A servlet on a platform path, and a filter over everything, both in the platform's context.
    Hashtable<String, Object> shadow = new Hashtable<>();
    shadow.put("osgi.http.whiteboard.servlet.pattern", "/api/v1/me");
    shadow.put(
        "osgi.http.whiteboard.servlet.name",
        "adversary-shadow-" + context.getBundle().getBundleId());
    shadow.put("osgi.http.whiteboard.context.select", PartnerHttp.CONTEXT_SELECT);
    shadow.put("service.ranking", 1000);
    context.registerService(javax.servlet.Servlet.class, new Shadow(), shadow);
    Hashtable<String, Object> everything = new Hashtable<>();
    everything.put("osgi.http.whiteboard.filter.pattern", "/*");
    everything.put(
        "osgi.http.whiteboard.filter.name",
        "adversary-filter-" + context.getBundle().getBundleId());
    everything.put("osgi.http.whiteboard.context.select", PartnerHttp.CONTEXT_SELECT);
    context.registerService(javax.servlet.Filter.class, new Everything(), everything);
    context.addServiceListener(
        event -> {
          if (event.getType() == ServiceEvent.REGISTERED) {
            withContext(context, event.getServiceReference());
          }
        },
        "(objectClass=" + PartnerContext.class.getName() + ")");
    for (ServiceReference<?> reference :
        context.getServiceReferences(PartnerContext.class.getName(), null) == null
            ? new ServiceReference<?>[0]
            : context.getServiceReferences(PartnerContext.class.getName(), null)) {
      withContext(context, reference);
    }
    String grantItself = context.getBundle().getHeaders("").get("X-Test-Grant-Itself");
    if (grantItself != null) {
      write("grant.itself", grantItself(system, partnerId(context), grantItself));
    }
    write("started.done", "yes");
  }

  /**
   * A grant for its own partner with the given categories, written through the system bundle's
   * Configuration Admin (which no find hook hides), as the operator's console would write one.
   */
  private static String grantItself(BundleContext system, String partner, String categories) {
    ServiceReference<?> found = system.getServiceReference(ConfigurationAdmin.class.getName());
    if (found == null) {
      return "no-service";
    }
    try {
      ConfigurationAdmin admin = (ConfigurationAdmin) system.getService(found);
      Configuration grant =
          admin.getFactoryConfiguration("nl.steunpunt.partners.grant", "self-" + partner, "?");
      Hashtable<String, Object> properties = new Hashtable<>();
      properties.put("partnerId", partner);
      properties.put("kind", "MUNICIPALITY");
      properties.put("purpose", "MUNICIPAL_SUPPORT");
      properties.put("organisation", "GM0363");
      properties.put("municipalities", new String[] {"0363"});
      properties.put("categories", categories.split(","));
      properties.put("timeline", true);
      grant.update(properties);
      return "written";
    } catch (IOException | RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static String partnerId(BundleContext context) {
    String header = context.getBundle().getHeaders("").get("Steunpunt-Partner");
    return header == null ? "none" : header.substring(0, header.indexOf(';'));
  }

  @Override
  public void stop(BundleContext context) {
    // The framework unregisters the services.
  }

  /** An actor it built itself, on the web channel, passed to a staff service found by any means. */
  private void forgeOutsideAnyContext(BundleContext system) {
    Actor forged =
        new Actor.Issuer().issue("rogue", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);
    try {
      ServiceReference<?>[] found =
          system.getAllServiceReferences(FamilyService.class.getName(), null);
      if (found == null) {
        write("forged.web", "no-service");
        return;
      }
      FamilyService families = (FamilyService) system.getService(found[0]);
      write(
          "forged.web",
          outcome(() -> families.search(forged, FamilySearch.ALL, PageRequest.FIRST).total()));
    } catch (InvalidSyntaxException | RuntimeException e) {
      write("forged.web", e.getClass().getSimpleName());
    }
  }

  /** With a partner context: a forged actor, and the partner as itself. */
  private void withContext(BundleContext context, ServiceReference<?> reference) {
    Object service = context.getService(reference);
    if (!(service instanceof PartnerContext partner)) {
      write("partnerContext", "unusable");
      return;
    }
    write("partnerContext", "granted");
    FamilyService families = partner.service(FamilyService.class);
    Actor forged =
        new Actor.Issuer()
            .issue(
                "rogue",
                Set.of(Role.TEAM_LEAD),
                Organisation.CENTRE,
                new Channel.PartnerBundle(
                    context.getBundle().getSymbolicName(),
                    context.getBundle().getVersion().toString()));
    write(
        "forged.partner",
        outcome(() -> families.search(forged, FamilySearch.ALL, PageRequest.FIRST).total()));
    // The same service found through the system bundle's context, where no hook hides anything:
    // with the partner's own actor, outside its context.
    BundleContext system = context.getBundle(0).getBundleContext();
    write(
        "system.service.self",
        outcome(
            () -> {
              ServiceReference<?> found = system.getServiceReference(FamilyService.class.getName());
              FamilyService direct = (FamilyService) system.getService(found);
              return direct.search(partner.self(), FamilySearch.ALL, PageRequest.FIRST).total();
            }));
    write("system.authenticator.console", consoleUserInOwnSubject(system));
    write(
        "self.search",
        outcome(
            () -> families.search(partner.self(), FamilySearch.ALL, PageRequest.FIRST).total()));
  }

  /** A console user the bundle makes up: a subject of its own with a team lead's roles. */
  private static String consoleUserInOwnSubject(BundleContext system) {
    ServiceReference<?> found = system.getServiceReference("nl.steunpunt.api.access.Authenticator");
    if (found == null) {
      return "no-service";
    }
    nl.steunpunt.api.access.Authenticator authenticator =
        (nl.steunpunt.api.access.Authenticator) system.getService(found);
    javax.security.auth.Subject subject = new javax.security.auth.Subject();
    subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("otto"));
    for (String role : new String[] {"team-lead", "operator", "org:steunpunt"}) {
      subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal(role));
    }
    return javax.security.auth.Subject.doAs(
            subject,
            (java.security.PrivilegedAction<java.util.Optional<Actor>>) authenticator::consoleUser)
        .map(actor -> "GOT " + actor.roles())
        .orElse("empty");
  }

  /** A route that keeps the request's actor, and one that uses the kept one later. */
  private final class Capture extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;

    Capture(BundleContext context) {
      this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      Object actor = request.getAttribute(PartnerHttp.ACTOR_ATTRIBUTE);
      String answer;
      if (request.getRequestURI().endsWith("/headers")) {
        answer =
            "authorization="
                + request.getHeader("Authorization")
                + " cookies="
                + (request.getCookies() == null ? "none" : request.getCookies().length);
      } else if (request.getRequestURI().endsWith("/keep")) {
        kept.set(actor instanceof Actor a ? a : null);
        answer = actor instanceof Actor a ? "kept " + a.channel().describe() : "no actor";
      } else {
        answer = "replay " + replay();
      }
      response.setContentType("text/plain");
      response.getWriter().write(answer);
    }

    private String replay() {
      Actor actor = kept.get();
      ServiceReference<?> reference = context.getServiceReference(PartnerContext.class.getName());
      if (actor == null || reference == null) {
        return "nothing";
      }
      PartnerContext partner = (PartnerContext) context.getService(reference);
      return outcome(
          () ->
              partner
                  .service(FamilyService.class)
                  .search(actor, FamilySearch.ALL, PageRequest.FIRST)
                  .total());
    }
  }

  /** Would answer in the platform's place. */
  private static final class Shadow extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain");
      response.getWriter().write("shadowed");
    }
  }

  /** Would see every request and mark every answer. */
  private static final class Everything implements javax.servlet.Filter {
    @Override
    public void doFilter(
        javax.servlet.ServletRequest request,
        javax.servlet.ServletResponse response,
        javax.servlet.FilterChain chain)
        throws IOException, javax.servlet.ServletException {
      if (response instanceof HttpServletResponse http) {
        http.setHeader("X-Adversary", "seen");
      }
      chain.doFilter(request, response);
    }
  }

  private static Hashtable<String, Object> servletProperties(BundleContext context) {
    String partner = partnerId(context);
    Hashtable<String, Object> properties = new Hashtable<>();
    properties.put("osgi.http.whiteboard.servlet.pattern", PartnerHttp.path(partner) + "/*");
    properties.put("osgi.http.whiteboard.servlet.name", "adversary-" + partner);
    properties.put("osgi.http.whiteboard.context.select", PartnerHttp.CONTEXT_SELECT);
    return properties;
  }

  private static BundleContext contextOf(BundleContext context, String symbolicName) {
    for (Bundle bundle : context.getBundles()) {
      if (symbolicName.equals(bundle.getSymbolicName())) {
        return bundle.getBundleContext();
      }
    }
    return null;
  }

  /** Whether the bundle can load the class: only through a wire to its package. */
  private static String loads(Bundle bundle, String type) {
    try {
      bundle.loadClass(type);
      return "LOADED";
    } catch (ClassNotFoundException | RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static String found(BundleContext context, String type) {
    try {
      ServiceReference<?>[] references = context.getAllServiceReferences(type, null);
      return references == null ? "hidden" : "FOUND";
    } catch (InvalidSyntaxException | RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private interface Attempt {
    Object run();
  }

  private static String outcome(Attempt attempt) {
    try {
      return "GOT " + attempt.run();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private synchronized void write(String attempt, String outcome) {
    try {
      Files.writeString(
          report,
          attempt + "=" + outcome + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UI extension pointing where the manifest says. */
  private static final class Page implements UiExtension {
    private final Bundle bundle;

    Page(Bundle bundle) {
      this.bundle = bundle;
    }

    @Override
    public String id() {
      return "adversary-" + bundle.getBundleId();
    }

    @Override
    public Map<String, String> titles() {
      return Map.of("nl", "Overzicht", "en", "Overview");
    }

    @Override
    public UiSlot slot() {
      return UiSlot.NAV;
    }

    @Override
    public String module() {
      return bundle.getHeaders("").get("X-Test-Module");
    }

    @Override
    public String element() {
      return bundle.getHeaders("").get("X-Test-Element");
    }

    @Override
    public Set<Role> roles() {
      return Set.of();
    }

    @Override
    public Optional<Purpose> purpose() {
      return Optional.empty();
    }

    @Override
    public int order() {
      return 1;
    }
  }
}
