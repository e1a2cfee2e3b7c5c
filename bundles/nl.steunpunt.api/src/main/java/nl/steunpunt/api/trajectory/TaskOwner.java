package nl.steunpunt.api.trajectory;

import java.util.Objects;

/**
 * Who a task is for: a staff member or a partner organisation.
 *
 * @since 0.1
 */
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
