package nl.steunpunt.api.release;

import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;
import java.util.Arrays;
import java.util.Set;

/**
 * What bnd's baseline misses (bndlib 7.3.0 and 7.4.0): an abstract method added to a consumer type
 * (an interface partners implement) needs the next major version, but bnd rates it a minor change
 * when the interface declares a default method before it, because it keeps the minor rating of the
 * default method for the methods that follow. {@code UiExtension} has such a default method. This
 * rule reads bnd's own diff and asks for the major version there too.
 */
final class ConsumerTypeRule {

  private static final Set<String> PROVIDER_TYPE =
      Set.of("org.osgi.annotation.versioning.ProviderType", "aQute.bnd.annotation.ProviderType");

  private ConsumerTypeRule() {}

  /** Whether the package adds an abstract method to a consumer type without a major version. */
  static boolean broken(Info info) {
    if (info.olderVersion == null || info.newerVersion.getMajor() > info.olderVersion.getMajor()) {
      return false;
    }
    return info.packageDiff.getChildren().stream()
        .filter(type -> type.getType() == Type.INTERFACE && type.getDelta() != Delta.ADDED)
        .filter(type -> !providerType(type.getNewer()))
        .anyMatch(ConsumerTypeRule::addsAbstractMethod);
  }

  private static boolean addsAbstractMethod(Diff type) {
    return type.getChildren().stream()
        .filter(member -> member.getType() == Type.METHOD && member.getDelta() == Delta.ADDED)
        .anyMatch(
            method ->
                method.getChildren().stream()
                    .anyMatch(
                        access ->
                            access.getType() == Type.ACCESS
                                && "abstract".equals(access.getName())
                                && access.getDelta() == Delta.ADDED));
  }

  private static boolean providerType(Tree type) {
    return type != null
        && Arrays.stream(type.getChildren())
            .anyMatch(
                child ->
                    child.getType() == Type.ANNOTATED && PROVIDER_TYPE.contains(child.getName()));
  }
}
