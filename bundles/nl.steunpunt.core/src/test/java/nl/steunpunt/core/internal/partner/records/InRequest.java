package nl.steunpunt.core.internal.partner.records;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Channel;
import nl.steunpunt.api.partner.PartnerContext;
import nl.steunpunt.core.internal.access.TestActors;

/**
 * A partner context as a partner's servlet uses it while serving a staff user's request: every
 * staff actor the test passes becomes that user's actor on the bundle's channel, opened as the
 * platform's web face opens it for a request. The partner context itself is the real one.
 */
final class InRequest {

  private InRequest() {}

  static PartnerContext of(PartnerContext context, Channel.PartnerBundle channel) {
    return wrap(PartnerContext.class, context, channel);
  }

  private static <T> T wrap(Class<T> type, Object target, Channel.PartnerBundle channel) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> call(target, method, args, channel)));
  }

  private static Object call(
      Object target, Method method, Object[] args, Channel.PartnerBundle channel) throws Throwable {
    Object[] moved = args == null ? null : args.clone();
    for (int i = 0; moved != null && i < moved.length; i++) {
      if (moved[i] instanceof Actor actor && !(actor.channel() instanceof Channel.PartnerBundle)) {
        moved[i] = TestActors.via(actor, channel);
      }
    }
    try {
      Object result = method.invoke(target, moved);
      if (method.getName().equals("service") && result != null) {
        return wrap((Class<?>) args[0], result, channel);
      }
      return result;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
