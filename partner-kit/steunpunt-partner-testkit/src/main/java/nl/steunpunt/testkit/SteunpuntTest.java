package nl.steunpunt.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the real Steunpunt platform in demo mode, with the partner's KAR
 * deployed, allow-listed and granted: test methods (and constructors) take a {@link Steunpunt}
 * parameter. The platform is booted once for the whole test run and stopped at its end, also when a
 * test fails; what it needs: the system properties and the test resource {@code
 * steunpunt-partner.properties} described in the partner guide (*Testing*).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SteunpuntExtension.class)
public @interface SteunpuntTest {}
