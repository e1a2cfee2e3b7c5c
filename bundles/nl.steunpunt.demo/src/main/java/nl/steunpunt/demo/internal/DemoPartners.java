package nl.steunpunt.demo.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivilegedAction;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerAdministration;
import nl.steunpunt.api.platform.PlatformStatus;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, once per installation, puts the three reference partner bundles that ship with the
 * distribution on the allow-list (their jars in Karaf's {@code system} folder, by SHA-256) and
 * grants their partners, so that a newcomer only types {@code feature:install
 * steunpunt-partner-municipality}. Done through the operator's {@link PartnerAdministration} as the
 * user {@code demo-setup}, so it is audited like an operator's change: that user is the console
 * user the platform's {@link Authenticator#consoleUser} makes of a JAAS subject with the operator's
 * roles, as for a command typed in the console (this bundle makes no actor itself). Never in
 * production: there the operator allows and grants each partner with the console commands.
 */
@Component(immediate = true)
public final class DemoPartners {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPartners.class);

  /** Who makes the demo's grants, in the audit log. */
  static final String SETUP_USER = "demo-setup";

  /** A reference partner bundle and the grant its demo partner gets. */
  record ReferencePartner(String symbolicName, GrantRequest grant) {}

  static final List<ReferencePartner> REFERENCE_PARTNERS =
      List.of(
          new ReferencePartner(
              "nl.steunpunt.partner.municipality",
              new GrantRequest(
                  "gm0363",
                  OrganisationKind.MUNICIPALITY,
                  Purpose.MUNICIPAL_SUPPORT,
                  "GM0363",
                  Set.of("0363"),
                  Set.of(
                      DataCategory.IDENTITY,
                      DataCategory.TRAJECTORY_STATUS,
                      DataCategory.TASKS,
                      DataCategory.SECURITY_REPORTS,
                      DataCategory.EVENTS),
                  true,
                  false)),
          new ReferencePartner(
              "nl.steunpunt.partner.police",
              new GrantRequest(
                  "police",
                  OrganisationKind.POLICE,
                  Purpose.SECURITY_REPORTING,
                  "police",
                  Set.of(),
                  Set.of(DataCategory.SECURITY_REPORTS),
                  false,
                  false)),
          new ReferencePartner(
              "nl.steunpunt.partner.therapy",
              new GrantRequest(
                  "therapy-demo",
                  OrganisationKind.THERAPY,
                  Purpose.THERAPY,
                  "therapy-demo",
                  Set.of(),
                  Set.of(DataCategory.IDENTITY, DataCategory.THERAPY_NOTES, DataCategory.EVENTS),
                  true,
                  false)),
          new ReferencePartner(
              "nl.steunpunt.evaluation",
              new GrantRequest(
                  "evaluation",
                  OrganisationKind.OTHER,
                  Purpose.EVALUATION,
                  "evaluation-demo",
                  Set.of(),
                  Set.of(DataCategory.EVALUATION_AGGREGATES),
                  false,
                  false)));

  @Activate
  public DemoPartners(
      BundleContext context,
      @Reference PlatformStatus platform,
      @Reference PartnerAdministration administration,
      @Reference Authenticator authenticator) {
    if (!platform.demoMode()) {
      return;
    }
    File marker = context.getDataFile("demo-partners-provisioned");
    if (marker == null || marker.exists()) {
      return;
    }
    Optional<Actor> setup = setupUser(authenticator);
    if (setup.isEmpty()) {
      LOG.error("DEMO MODE: the platform gave no console user for {}", SETUP_USER);
      return;
    }
    Path system = Path.of(System.getProperty("karaf.home", "."), "system");
    int done = provision(administration, setup.get(), system, context.getBundle().getVersion());
    try {
      Files.writeString(marker.toPath(), "done\n");
    } catch (IOException e) {
      LOG.warn("The demo partners' marker could not be written: {}", e.getClass().getName());
    }
    LOG.warn(
        "DEMO MODE: {} reference partner bundles allow-listed and granted; install one with"
            + " feature:install steunpunt-partner-municipality (or -police, -therapy), or"
            + " steunpunt-evaluation",
        done);
  }

  /** The console user {@code demo-setup}, an operator of the centre, as the platform makes it. */
  @SuppressWarnings("removal")
  static Optional<Actor> setupUser(Authenticator authenticator) {
    Subject subject = new Subject();
    subject.getPrincipals().add(new UserPrincipal(SETUP_USER));
    subject.getPrincipals().add(new RolePrincipal("operator"));
    subject.getPrincipals().add(new RolePrincipal("org:steunpunt"));
    subject.setReadOnly();
    return Subject.doAs(subject, (PrivilegedAction<Optional<Actor>>) authenticator::consoleUser);
  }

  /** Allows and grants each reference partner whose jar is in the system folder. */
  static int provision(
      PartnerAdministration administration, Actor setup, Path system, Version version) {
    int done = 0;
    for (ReferencePartner partner : REFERENCE_PARTNERS) {
      String mavenVersion = maven(version);
      Path jar =
          system
              .resolve("nl/steunpunt")
              .resolve(partner.symbolicName())
              .resolve(mavenVersion)
              .resolve(partner.symbolicName() + "-" + mavenVersion + ".jar");
      if (!Files.isRegularFile(jar)) {
        continue;
      }
      try {
        administration.allow(
            setup,
            new AllowRequest(
                partner.symbolicName(), "[" + version + "," + version + "]", sha256(jar)));
        administration.grant(setup, partner.grant());
        done++;
      } catch (IOException | RuntimeException e) {
        LOG.warn(
            "DEMO MODE: partner {} could not be allow-listed: {}",
            partner.symbolicName(),
            e.getClass().getName());
      }
    }
    return done;
  }

  /** The Maven version of a bundle version: {@code 0.1.0.SNAPSHOT} is {@code 0.1.0-SNAPSHOT}. */
  static String maven(Version version) {
    String base = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    return version.getQualifier().isEmpty() ? base : base + "-" + version.getQualifier();
  }

  /** The SHA-256 of the jar's bytes in lower-case hex, as the allow-list pins it. */
  static String sha256(Path file) throws IOException {
    try (InputStream jar = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = jar.read(buffer); n >= 0; n = jar.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
