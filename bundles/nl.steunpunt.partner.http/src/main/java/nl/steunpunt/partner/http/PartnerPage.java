package nl.steunpunt.partner.http;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.access.Role;
import nl.steunpunt.api.ui.UiExtension;
import nl.steunpunt.api.ui.UiSlot;

/**
 * A partner's page or card in the staff UI, from plain values. A bundle's DS component extends it,
 * with a reference to the bundle's {@code PartnerContext} so that it is shown exactly while the
 * endpoints its module calls exist.
 */
public abstract class PartnerPage implements UiExtension {

  private final String id;
  private final Map<String, String> titles;
  private final UiSlot slot;
  private final String module;
  private final String element;
  private final Set<Role> roles;
  private final Purpose purpose;
  private final int order;

  protected PartnerPage(
      String id,
      Map<String, String> titles,
      UiSlot slot,
      String module,
      String element,
      Set<Role> roles,
      Purpose purpose,
      int order) {
    this.id = id;
    this.titles = Map.copyOf(titles);
    this.slot = slot;
    this.module = module;
    this.element = element;
    this.roles = Set.copyOf(roles);
    this.purpose = purpose;
    this.order = order;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Map<String, String> titles() {
    return titles;
  }

  @Override
  public final UiSlot slot() {
    return slot;
  }

  @Override
  public final String module() {
    return module;
  }

  @Override
  public final String element() {
    return element;
  }

  @Override
  public final Set<Role> roles() {
    return roles;
  }

  @Override
  public final Optional<Purpose> purpose() {
    return Optional.of(purpose);
  }

  @Override
  public final int order() {
    return order;
  }
}
