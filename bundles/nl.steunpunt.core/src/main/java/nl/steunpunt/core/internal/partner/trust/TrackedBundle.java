package nl.steunpunt.core.internal.partner.trust;

import java.util.Objects;
import org.osgi.framework.Bundle;

/** A bundle that carries the partner header, and what the allow-list decided about it. */
public record TrackedBundle(Bundle bundle, TrustVerdict verdict) {

  public TrackedBundle {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(verdict, "verdict");
  }
}
