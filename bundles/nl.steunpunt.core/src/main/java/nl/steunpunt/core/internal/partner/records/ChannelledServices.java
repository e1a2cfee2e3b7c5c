package nl.steunpunt.core.internal.partner.records;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.common.UnavailableException;
import nl.steunpunt.api.evaluation.EvaluationService;
import nl.steunpunt.api.family.FamilyService;
import nl.steunpunt.api.report.ReportService;
import nl.steunpunt.api.trajectory.TrajectoryService;
import nl.steunpunt.core.internal.access.Callers;

/**
 * The case services as one partner bundle gets them: each call goes to the platform's own service,
 * and every {@link Actor} argument must be one the platform issued for this bundle's channel (the
 * user of the request in progress, or the partner itself), so the access policy decides it as a
 * partner call and the audit log names the bundle. Any other actor is refused, and audited.
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
  private final UnaryOperator<Actor> own;
  private final Callers callers;
  private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

  /**
   * @param platform the platform's service of a type, or null when it is gone
   * @param own returns an actor this bundle may act for, or throws the audited refusal
   */
  ChannelledServices(
      Channel.PartnerBundle channel,
      Function<Class<?>, Object> platform,
      UnaryOperator<Actor> own,
      Callers callers) {
    this.channel = channel;
    this.platform = platform;
    this.own = own;
    this.callers = callers;
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
    if (args != null) {
      for (Object arg : args) {
        if (arg instanceof Actor actor) {
          own.apply(actor);
        }
      }
    }
    try {
      return callers.through(channel, () -> call(method, target, args));
    } catch (Invoked e) {
      throw e.getCause();
    }
  }

  /** The platform service's own exception, carried out of the call on this channel. */
  private static final class Invoked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invoked(Throwable cause) {
      super(cause);
    }
  }

  private static Object call(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new Invoked(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
