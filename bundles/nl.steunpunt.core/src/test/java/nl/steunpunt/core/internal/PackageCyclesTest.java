package nl.steunpunt.core.internal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend on each other in one direction only: packages in a cycle are one unit
 * that can be neither understood, tested nor taken apart on its own. Every package is a slice of
 * its own (so {@code internal.partner} and {@code internal.partner.trust} are two), and the check
 * runs on the compiled classes: a dependency in code counts, a mention in a comment does not.
 */
class PackageCyclesTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(classes());

  /** The folder of the core's compiled classes (not the jars on the class path). */
  private static Path classes() {
    try {
      return Paths.get(
              PackageCyclesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolveSibling("classes");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void noPackageOfTheCoreDependsOnItselfThroughAnother() {
    slices().matching("nl.steunpunt.core.(**)").should().beFreeOfCycles().check(CORE);
  }
}
