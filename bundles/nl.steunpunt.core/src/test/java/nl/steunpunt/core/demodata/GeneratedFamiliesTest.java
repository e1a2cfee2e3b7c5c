package nl.steunpunt.core.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import nl.steunpunt.api.common.PageRequest;
import nl.steunpunt.core.internal.family.CoreServices;
import nl.steunpunt.demo.internal.GeneratedFamilies;
import nl.steunpunt.store.FamilyFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo generator's families in the core's real store. */
class GeneratedFamiliesTest {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void generatedFamiliesAreStoredWholeWithUniqueReferences(@TempDir Path folder) throws Exception {
    try (CoreServices core = new CoreServices(folder)) {
      GeneratedFamilies.write(core.store, 120, 3, NOW);

      var page =
          core.store.read(s -> s.families().search(FamilyFilter.ALL, new PageRequest(0, 200)));
      assertThat(page.total()).isEqualTo(120);
      assertThat(page.items()).extracting(f -> f.reference()).doesNotHaveDuplicates();
    }
  }
}
