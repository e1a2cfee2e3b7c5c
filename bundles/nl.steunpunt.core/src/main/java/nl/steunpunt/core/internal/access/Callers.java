package nl.steunpunt.core.internal.access;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.steunpunt.api.access.Channel;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Who is calling, by the code on the stack: the first frame of a bundle outside the platform, and
 * whether the call goes through that bundle's own partner context. A case service called by a
 * bundle outside the platform any other way (with an object it found through the system bundle's
 * context, say, where service hooks cannot hide anything) is refused, however it got the service.
 * The walk stops at the first such frame; frames of the JDK and the framework have no bundle.
 */
public final class Callers {

  /** For tests without a framework: every caller is the platform's. */
  public static final Callers PLATFORM = new Callers(bundle -> true, type -> null);

  public static final String OUTSIDER =
      "called by a bundle outside the platform, not through its partner context";

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final ThreadLocal<Channel.PartnerBundle> THROUGH = new ThreadLocal<>();

  private final Predicate<Bundle> platform;
  private final Function<Class<?>, Bundle> bundleOf;

  public Callers(Predicate<Bundle> platform) {
    this(platform, FrameworkUtil::getBundle);
  }

  Callers(Predicate<Bundle> platform, Function<Class<?>, Bundle> bundleOf) {
    this.platform = platform;
    this.bundleOf = bundleOf;
  }

  /** The first bundle outside the platform whose code is on the stack. */
  public Optional<Bundle> outsider() {
    return WALKER.walk(
        frames ->
            frames
                .map(frame -> bundleOf.apply(frame.getDeclaringClass()))
                .filter(bundle -> bundle != null && !platform.test(bundle))
                .findFirst());
  }

  /** Runs a call a partner bundle makes through its own partner context, on that channel. */
  public <T> T through(Channel.PartnerBundle channel, Supplier<T> call) {
    Channel.PartnerBundle before = THROUGH.get();
    THROUGH.set(channel);
    try {
      return call.get();
    } finally {
      if (before == null) {
        THROUGH.remove();
      } else {
        THROUGH.set(before);
      }
    }
  }

  /**
   * Why the call must be refused: code of a bundle outside the platform is on the stack, and the
   * call does not come through that bundle's own partner context.
   */
  public Optional<String> refusal() {
    Channel.PartnerBundle through = THROUGH.get();
    return outsider()
        .filter(
            bundle ->
                through == null
                    || !through.symbolicName().equals(bundle.getSymbolicName())
                    || !through.version().equals(bundle.getVersion().toString()))
        .map(bundle -> OUTSIDER);
  }
}
