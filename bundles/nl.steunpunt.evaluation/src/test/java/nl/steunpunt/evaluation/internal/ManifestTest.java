package nl.steunpunt.evaluation.internal;

import nl.steunpunt.partner.http.testing.ManifestChecks;
import org.junit.jupiter.api.Test;

/** The bundle bnd wrote: the evaluation partner's declaration and the public API only. */
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
}
