package nl.steunpunt.api.trajectory;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who a task is for: a staff member or a partner organisation.
 *
 * <p>Sealed, so only the platform implements it ({@code @ProviderType}): a method added to it is a
 * minor change. A new variant is a minor change too, so a partner that tells the variants apart
 * must also handle one it does not know (a {@code default} branch).
 *
 * @since 0.1
 */
@ProviderType
public sealed interface TaskOwner {

  /**
   * A staff member.
   *
   * @param user the login name
   */
  record Staff(String user) implements TaskOwner {
    /** Creates the owner. */
    public Staff {
      Objects.requireNonNull(user, "user");
    }
  }

  /**
   * A partner organisation.
   *
   * @param organisation the organisation id, e.g. {@code GM0363}
   */
  record Partner(String organisation) implements TaskOwner {
    /** Creates the owner. */
    public Partner {
      Objects.requireNonNull(organisation, "organisation");
    }
  }
}
