package nl.steunpunt.core.internal.identity;

import java.security.AccessController;
import javax.security.auth.Subject;

/**
 * The JAAS subject the Karaf shell runs the current command under: {@code Subject.current()} where
 * the runtime has it (Java 18 and later), the access control context's subject before.
 */
final class ConsoleSubject {

  private ConsoleSubject() {}

  static Subject current() {
    try {
      return (Subject) Subject.class.getMethod("current").invoke(null);
    } catch (NoSuchMethodException e) {
      return contextSubject();
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  @SuppressWarnings("removal")
  private static Subject contextSubject() {
    return Subject.getSubject(AccessController.getContext());
  }
}
