package nl.steunpunt.web.internal.ui;

import static nl.steunpunt.api.access.Role.COUNSELLOR;
import static nl.steunpunt.api.access.Role.MUNICIPALITY_OFFICER;
import static nl.steunpunt.api.access.Role.POLICE_LIAISON;
import static nl.steunpunt.api.access.Role.PRIVACY_OFFICER;
import static nl.steunpunt.api.access.Role.TEAM_LEAD;
import static nl.steunpunt.api.access.Role.THERAPIST;

import java.util.ArrayList;
import java.util.List;
import nl.steunpunt.api.ui.UiExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the shell's own pages as {@link UiExtension} services, so the shell finds them exactly
 * as it finds a partner's. Their module is the shell's bundle, at its versioned path: the same
 * module the shell's page loaded, so mounting a page loads nothing more and the page shares the
 * shell's {@code lib/} modules rather than copies of them.
 */
@Component(
    service = {},
    immediate = true)
public final class CorePages {

  static final List<CorePage> PAGES =
      List.of(
          CorePage.nav(
              "families",
              "Gezinnen",
              "Families",
              "sp-families-page",
              10,
              COUNSELLOR,
              TEAM_LEAD,
              MUNICIPALITY_OFFICER,
              THERAPIST),
          CorePage.nav(
              "tasks",
              "Acties",
              "Tasks",
              "sp-tasks-page",
              20,
              COUNSELLOR,
              TEAM_LEAD,
              MUNICIPALITY_OFFICER,
              THERAPIST),
          CorePage.nav(
              "reports",
              "Veiligheidsmeldingen",
              "Security reports",
              "sp-reports-page",
              30,
              TEAM_LEAD,
              COUNSELLOR),
          CorePage.nav(
              "received-reports",
              "Ontvangen meldingen",
              "Received reports",
              "sp-received-reports-page",
              40,
              POLICE_LIAISON,
              MUNICIPALITY_OFFICER),
          CorePage.nav("audit", "Auditlog", "Audit log", "sp-audit-page", 50, PRIVACY_OFFICER),
          CorePage.nav(
              "break-glass-reviews",
              "Noodtoegang",
              "Break-glass reviews",
              "sp-break-glass-page",
              60,
              PRIVACY_OFFICER),
          CorePage.nav(
              "access-report",
              "Inzageverzoek",
              "Access request",
              "sp-access-report-page",
              70,
              PRIVACY_OFFICER));

  private final List<ServiceRegistration<UiExtension>> registrations = new ArrayList<>();

  @Activate
  public CorePages(BundleContext context, @Reference UiVersion version) {
    for (CorePage page : PAGES) {
      registrations.add(
          context.registerService(
              UiExtension.class, page.withModule(version.path(CorePage.BUNDLE)), null));
    }
  }

  @Deactivate
  void deactivate() {
    for (ServiceRegistration<UiExtension> registration : registrations) {
      try {
        registration.unregister();
      } catch (IllegalStateException alreadyGone) {
        // The bundle is stopping and the framework unregistered it first.
      }
    }
    registrations.clear();
  }
}
