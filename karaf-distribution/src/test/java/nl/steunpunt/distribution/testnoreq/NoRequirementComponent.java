package nl.steunpunt.distribution.testnoreq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A component class of plain Java, packed by {@code TrustBoundaryIT} into a bundle without a single
 * requirement (no imports, no activator), declared as an immediate DS component: such a bundle
 * resolves whatever the resolver hook says, and SCR would construct this class when it starts. Its
 * constructor leaves a marker, so a test can tell whether it ever ran.
 */
public final class NoRequirementComponent {

  /** The marker the constructor leaves under Karaf's data folder. */
  public static final String MARKER = "ran-nl.example.rogue.noreq";

  public NoRequirementComponent() throws IOException {
    Files.writeString(Path.of(System.getProperty("karaf.data"), MARKER), "ran\n");
  }
}
