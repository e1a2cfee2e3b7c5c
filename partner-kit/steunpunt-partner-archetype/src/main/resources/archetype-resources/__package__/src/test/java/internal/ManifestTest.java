package ${package}.internal;

import nl.steunpunt.partner.http.testing.ManifestChecks;
import org.junit.jupiter.api.Test;

/** The bundle bnd wrote: this partner's declaration, the public API only, and the kit's module. */
class ManifestTest {

  @Test
  void declaresThePartner() throws Exception {
    ManifestChecks.assertDeclares(Partner.DECLARATION);
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
