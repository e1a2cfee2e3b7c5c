package nl.steunpunt.core.internal.family;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.core.internal.access.AuthorizationPoint;
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
      new Actor("fatima", Set.of(Role.COUNSELLOR), Organisation.CENTRE, Channel.WEB);
  public static final Actor POLICE =
      new Actor("pieter", Set.of(Role.POLICE_LIAISON), new Organisation("police"), Channel.WEB);

  public final JdbcStore store;
  public final CsvMunicipalityRegister register;
  public final CoreFamilyService families;
  public final CoreTrajectoryService trajectories;

  public CoreServices(Path folder) throws Exception {
    this.store =
        new JdbcStore(
            new OsgiDataSourceFactory(Driver.load()),
            "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
            "sa",
            "",
            4);
    this.register = CsvMunicipalityRegister.shipped();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AuthorizationPoint authorization = new AuthorizationPoint();
    this.families = new CoreFamilyService(store, register, authorization, clock);
    this.trajectories = new CoreTrajectoryService(store, authorization, clock);
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
