package nl.steunpunt.core.internal.family;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.access.AccessPolicy;
import nl.steunpunt.core.internal.access.AuditSink;
import nl.steunpunt.core.internal.access.Cases;
import nl.steunpunt.core.internal.access.CoreAccessService;
import nl.steunpunt.core.internal.access.TestActors;
import nl.steunpunt.core.internal.audit.CoreAuditService;
import nl.steunpunt.core.internal.municipality.CsvMunicipalityRegister;
import nl.steunpunt.core.internal.trajectory.CoreTrajectoryService;
import nl.steunpunt.store.jdbc.internal.JdbcStore;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;

/**
 * The core services on the real store (an H2 file database in a folder) and the shipped register.
 */
public final class CoreServices implements AutoCloseable {

  public static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
  public static final Actor COUNSELLOR =
      TestActors.actor("fatima", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
  public static final Actor POLICE =
      TestActors.actor(
          "pieter", Set.of(Role.POLICE_LIAISON), new Organisation("police"), Channel.WEB);
  public static final Actor TEAM_LEAD =
      TestActors.actor("tineke", Set.of(Role.TEAM_LEAD), Organisation.CENTRE, Channel.WEB);
  public static final Actor OTHER_COUNSELLOR =
      TestActors.actor("karim", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
  public static final Actor AMSTERDAM_OFFICER =
      TestActors.actor(
          "marieke", Set.of(Role.MUNICIPALITY_OFFICER), new Organisation("GM0363"), Channel.WEB);
  public static final Actor THERAPIST =
      TestActors.actor(
          "thomas", Set.of(Role.THERAPIST), new Organisation("therapy-noord"), Channel.WEB);
  public static final Actor PRIVACY_OFFICER =
      TestActors.actor("priya", Set.of(Role.PRIVACY_OFFICER), Organisation.CENTRE, Channel.WEB);
  public static final Actor OPERATOR =
      TestActors.actor("otto", Set.of(Role.OPERATOR), Organisation.CENTRE, Channel.CONSOLE);
  public static final Actor EVALUATOR =
      TestActors.actor("eva", Set.of(Role.EVALUATOR), new Organisation("evaluation"), Channel.WEB);

  public final JdbcStore store;
  public final CsvMunicipalityRegister register;
  public final MovableClock clock = new MovableClock(NOW);
  public final AccessPolicy policy;

  /** The reaches of partner channels, as the platform's partner trust would give them. */
  public final java.util.Map<
          nl.steunpunt.api.access.Channel.PartnerBundle,
          nl.steunpunt.core.internal.access.PartnerReach>
      partners = new java.util.concurrent.ConcurrentHashMap<>();

  public final Cases cases;
  public final CoreFamilyService families;
  public final CoreTrajectoryService trajectories;
  public final CoreAccessService access;
  public final CoreAuditService audit;
  public final nl.steunpunt.core.internal.report.CoreReportService reports;
  public static final String LEGAL_BASIS = "Consent of the parents (toestemming)";
  public static final Actor POLICE_LIAISON = POLICE;

  public CoreServices(Path folder) throws Exception {
    this(folder, AuditSink.LOG);
  }

  /** The services with audit written as given: {@code NO_AUDIT} only for benchmarks. */
  public CoreServices(Path folder, AuditSink sink) throws Exception {
    this.store =
        new JdbcStore(
            new OsgiDataSourceFactory(Driver.load()),
            "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
            "sa",
            "",
            4);
    this.register = CsvMunicipalityRegister.shipped();
    this.policy =
        new AccessPolicy(register, channel -> java.util.Optional.ofNullable(partners.get(channel)));
    this.cases = new Cases(store, policy, clock, sink, TestActors.ACTORS);
    this.families = new CoreFamilyService(cases, register);
    this.trajectories = new CoreTrajectoryService(cases, register);
    this.access = new CoreAccessService(cases, java.time.Duration.ofHours(4));
    this.audit = new CoreAuditService(cases);
    this.reports =
        new nl.steunpunt.core.internal.report.CoreReportService(
            cases, policy, java.util.List.of(LEGAL_BASIS));
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
