package nl.steunpunt.evaluation.internal;

import nl.steunpunt.partner.http.testing.ManifestChecks;
import org.junit.jupiter.api.Test;

/**
 * The bundle bnd wrote: the evaluation partner's declaration, the public API only, and the kit's
 * module.
 */
class ManifestTest {

  @Test
  void declaresThePartner() throws Exception {
    ManifestChecks.assertDeclares("evaluation;kind=OTHER;purpose=EVALUATION");
  }

  @Test
  void importsNothingOfThePlatformButItsApi() throws Exception {
    ManifestChecks.assertImportsOnlyTheApi();
  }

  @Test
  void exportsNothing() throws Exception {
    ManifestChecks.assertExportsNothing();
  }

  @Test
  void servesTheKitsPageModule() {
    ManifestChecks.assertServesTheKitModule();
  }
}
