package nl.steunpunt.api.release;

import static org.assertj.core.api.Assertions.assertThat;

import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.osgi.Jar;
import aQute.bnd.service.diff.Delta;
import java.nio.file.Path;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.api.release.Release.Verdict;
import nl.steunpunt.api.trajectory.EventDetail;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility promise, as the build enforces it: bnd's baseline, run as the build runs it, on
 * deliberately changed copies of the API against its newest release. A change partners could break
 * on, without the package version it needs, is an error; with that version it passes.
 *
 * <p>{@code PartnerContext} is a provider type (only the platform implements it), {@code
 * UiExtension} a consumer type (partners implement it): that role decides whether an added method
 * is a minor or a major change.
 */
class ReleaseBaselineTest {

  private static final String PARTNER = "nl.steunpunt.api.partner";
  private static final String FAMILY = "nl.steunpunt.api.family";
  private static final String UI = "nl.steunpunt.api.ui";
  private static final String TRAJECTORY = "nl.steunpunt.api.trajectory";

  /**
   * The bundle version a copy with one more minor change needs: the build's own, since the build
   * already holds a major change against the newest release (2.0: {@code FamilySearch} lost its
   * phase). Back to the release's next minor version once a 2.0 release is the newest.
   */
  private static final String BUNDLE = "2.0.0";

  @TempDir Path folder;

  @Test
  void theApiAsBuiltPassesAgainstItsNewestRelease() throws Exception {
    Verdict verdict = baseline(ApiCopy.ofBuild(folder));

    assertThat(verdict.passes()).as("errors in %s", verdict.errors()).isTrue();
  }

  @Test
  void aRemovedMethodWithoutAMajorVersionIsAnError() throws Exception {
    ApiCopy copy =
        ApiCopy.ofBuild(folder)
            .edit(
                PartnerContext.class,
                source ->
                    source.replace(
                        "  void delete(Actor actor, UUID id, long expectedVersion);", ""));

    Verdict verdict = baseline(copy);

    assertMajorError(verdict, PARTNER);
  }

  @Test
  void aChangedSignatureWithOnlyAMinorVersionIsAnError() throws Exception {
    ApiCopy copy = changedFindSignature().exportVersion(FAMILY, "1.1.0").bundleVersion("1.1.0");

    Verdict verdict = baseline(copy);

    assertMajorError(verdict, FAMILY);
  }

  @Test
  void aChangedSignatureWithAMajorVersionPasses() throws Exception {
    ApiCopy copy = changedFindSignature().exportVersion(FAMILY, "2.0.0").bundleVersion("2.0.0");

    assertThat(baseline(copy).passes()).isTrue();
  }

  @Test
  void aMethodAddedToAProviderTypeWithAMinorVersionPasses() throws Exception {
    ApiCopy copy =
        countAddedToPartnerContext().exportVersion(PARTNER, "1.1.0").bundleVersion(BUNDLE);

    Verdict verdict = baseline(copy);

    assertThat(verdict.of(PARTNER).packageDiff.getDelta()).isEqualTo(Delta.MINOR);
    assertThat(verdict.passes()).as("errors in %s", verdict.errors()).isTrue();
  }

  @Test
  void aMethodAddedToAProviderTypeWithoutAMinorVersionIsAnError() throws Exception {
    Verdict verdict = baseline(countAddedToPartnerContext());

    Info partner = verdict.of(PARTNER);
    assertThat(partner.mismatch).isTrue();
    assertThat(partner.suggestedVersion).hasToString("1.1.0");
    assertThat(verdict.errors()).containsExactly(PARTNER);
  }

  @Test
  void aMethodAddedToAConsumerTypeWithOnlyAMinorVersionIsAnError() throws Exception {
    ApiCopy copy =
        ApiCopy.ofBuild(folder)
            .edit(
                UiExtension.class,
                source ->
                    source.replace(
                        "public interface UiExtension {\n",
                        "public interface UiExtension {\n  String description();\n"))
            .exportVersion(UI, "1.1.0")
            .bundleVersion("1.1.0");

    Verdict verdict = baseline(copy);

    assertMajorError(verdict, UI);
  }

  @Test
  void aMethodAddedToAConsumerTypeAfterItsDefaultMethodWithOnlyAMinorVersionIsAnError()
      throws Exception {
    Verdict verdict = baseline(descriptionAddedAfterOrder());

    assertThat(verdict.errors()).containsExactly(UI);
    assertThat(verdict.passes()).isFalse();
  }

  /** Why {@link ConsumerTypeRule} exists; when this fails, bnd sees it itself and it can go. */
  @Test
  void bndAloneMissesAMethodAddedToAConsumerTypeAfterItsDefaultMethod() throws Exception {
    Verdict verdict = baseline(descriptionAddedAfterOrder());

    assertThat(verdict.of(UI).packageDiff.getDelta()).isEqualTo(Delta.MINOR);
    assertThat(verdict.bndErrors()).isEmpty();
  }

  @Test
  void aDefaultMethodAddedToAConsumerTypeWithAMinorVersionPasses() throws Exception {
    ApiCopy copy =
        ApiCopy.ofBuild(folder)
            .edit(
                UiExtension.class,
                source ->
                    addBeforeLastBrace(
                        source, "  default String description() {\n    return \"\";\n  }"))
            .exportVersion(UI, "1.1.0")
            .bundleVersion(BUNDLE);

    Verdict verdict = baseline(copy);

    assertThat(verdict.of(UI).packageDiff.getDelta()).isEqualTo(Delta.MINOR);
    assertThat(verdict.passes()).as("errors in %s", verdict.errors()).isTrue();
  }

  @Test
  void aNewVariantOfASealedTypeWithAMinorVersionPasses() throws Exception {
    ApiCopy copy =
        ApiCopy.ofBuild(folder)
            .edit(
                EventDetail.class,
                source ->
                    addBeforeLastBrace(source, "  record Relocation() implements EventDetail {}"))
            .exportVersion(TRAJECTORY, "1.1.0")
            .bundleVersion(BUNDLE);

    Verdict verdict = baseline(copy);

    assertThat(verdict.of(TRAJECTORY).packageDiff.getDelta()).isEqualTo(Delta.MINOR);
    assertThat(verdict.passes()).as("errors in %s", verdict.errors()).isTrue();
  }

  @Test
  void aNewEnumConstantWithAMinorVersionPasses() throws Exception {
    ApiCopy copy =
        ApiCopy.ofBuild(folder)
            .edit(
                UiSlot.class,
                source ->
                    source.replace(
                        "  REPORT_ACTIONS(\"report-actions\");",
                        "  REPORT_ACTIONS(\"report-actions\"),\n  SIDEBAR(\"sidebar\");"))
            .exportVersion(UI, "1.1.0")
            .bundleVersion(BUNDLE);

    Verdict verdict = baseline(copy);

    assertThat(verdict.of(UI).packageDiff.getDelta()).isEqualTo(Delta.MINOR);
    assertThat(verdict.passes()).as("errors in %s", verdict.errors()).isTrue();
  }

  /** {@code UiExtension} with an abstract method after its default method {@code order()}. */
  private ApiCopy descriptionAddedAfterOrder() throws Exception {
    return ApiCopy.ofBuild(folder)
        .edit(UiExtension.class, source -> addBeforeLastBrace(source, "  String description();"))
        .exportVersion(UI, "1.1.0")
        .bundleVersion("1.1.0");
  }

  /** {@code FamilyService.find} taking the id as a String instead of a UUID. */
  private ApiCopy changedFindSignature() throws Exception {
    return ApiCopy.ofBuild(folder)
        .edit(
            FamilyService.class,
            source ->
                source.replace(
                    "Optional<Family> find(Actor actor, UUID id);",
                    "Optional<Family> find(Actor actor, String id);"));
  }

  private ApiCopy countAddedToPartnerContext() throws Exception {
    return ApiCopy.ofBuild(folder)
        .edit(
            PartnerContext.class,
            source ->
                addBeforeLastBrace(source, "  int count(Actor actor, RecordSubject subject);"));
  }

  private static String addBeforeLastBrace(String source, String member) {
    int last = source.lastIndexOf('}');
    return source.substring(0, last) + "\n" + member + "\n" + source.substring(last);
  }

  private static Verdict baseline(ApiCopy copy) throws Exception {
    try (Jar jar = copy.jar()) {
      return Release.baseline(jar);
    }
  }

  /** An error on exactly this package, which bnd says needs the next major version. */
  private static void assertMajorError(Verdict verdict, String packageName) {
    Info info = verdict.of(packageName);
    assertThat(info.packageDiff.getDelta())
        .as("bnd's diff:%n%s", String.format("%#2S", info.packageDiff))
        .isEqualTo(Delta.MAJOR);
    assertThat(info.mismatch).isTrue();
    assertThat(info.suggestedVersion).hasToString("2.0.0");
    assertThat(verdict.errors()).containsExactly(packageName);
    assertThat(verdict.passes()).isFalse();
  }
}
