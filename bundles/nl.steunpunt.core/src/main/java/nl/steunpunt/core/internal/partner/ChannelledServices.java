package nl.steunpunt.core.internal.partner;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.trajectory.TrajectoryService;

/**
 * The case services as one partner bundle gets them: each call goes to the platform's own service
 * with every {@link Actor} argument moved onto the bundle's channel, so the access policy decides
 * it as a partner call and the audit log names the bundle. What channel the caller put on its actor
 * does not matter.
 */
final class ChannelledServices {

  /** The services a partner may use. */
  static final Set<Class<?>> OFFERED =
      Set.of(
          FamilyService.class,
          TrajectoryService.class,
          ReportService.class,
          EvaluationService.class);

  private final Channel.PartnerBundle channel;
  private final Function<Class<?>, Object> platform;
  private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

  /**
   * @param platform the platform's service of a type, or null when it is gone
   */
  ChannelledServices(Channel.PartnerBundle channel, Function<Class<?>, Object> platform) {
    this.channel = channel;
    this.platform = platform;
  }

  <S> S service(Class<S> type) {
    if (!OFFERED.contains(type)) {
      throw new IllegalArgumentException(
          "A partner may use FamilyService, TrajectoryService, ReportService and"
              + " EvaluationService, not "
              + type.getName());
    }
    return type.cast(views.computeIfAbsent(type, this::view));
  }

  private Object view(Class<?> type) {
    InvocationHandler handler = (proxy, method, args) -> invoke(type, proxy, method, args);
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private Object invoke(Class<?> type, Object proxy, Method method, Object[] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> type.getSimpleName() + " for " + channel.describe();
      };
    }
    Object target = platform.apply(type);
    if (target == null) {
      throw new UnavailableException(
          "The platform's " + type.getSimpleName() + " is not running.", null);
    }
    Object[] moved = args == null ? null : args.clone();
    if (moved != null) {
      for (int i = 0; i < moved.length; i++) {
        if (moved[i] instanceof Actor actor) {
          moved[i] = actor.via(channel);
        }
      }
    }
    try {
      return method.invoke(target, moved);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
