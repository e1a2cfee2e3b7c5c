package nl.steunpunt.console.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.access.Actor;
import nl.steunpunt.api.access.Authenticator;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.api.platform.PartnerAdministration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code steunpunt:partner-grant}: grants a partner what it may see, replacing its grant. */
@Service
@Command(
    scope = "steunpunt",
    name = "partner-grant",
    description = "Grants a partner what it may see (replaces its grant).")
public final class PartnerGrantCommand implements Action {

  @Reference PartnerAdministration administration;
  @Reference Authenticator authenticator;

  @Argument(index = 0, name = "partnerId", required = true, description = "The partner id.")
  @Completion(PartnerIdCompleter.class)
  String partnerId;

  @Option(
      name = "--kind",
      required = true,
      description = "MUNICIPALITY, POLICE, THERAPY or OTHER; as the bundle declares it.")
  String kind;

  @Option(
      name = "--purpose",
      required = true,
      description = "e.g. MUNICIPAL_SUPPORT, THERAPY; as the bundle declares it.")
  String purpose;

  @Option(
      name = "--organisation",
      required = true,
      description = "The partner's organisation id, e.g. GM0363 or therapy-noord.")
  String organisation;

  @Option(
      name = "--municipality",
      multiValued = true,
      description = "A CBS code (four digits) whose families a municipality sees; repeat it.")
  List<String> municipalities;

  @Option(
      name = "--category",
      multiValued = true,
      description = "A data category the partner may read at most, e.g. EVENTS; repeat it.")
  List<String> categories;

  @Option(name = "--timeline", description = "The partner receives trajectory events.")
  boolean timeline;

  @Option(
      name = "--from-start",
      description = "First seen, the partner receives the whole event log, not only new events.")
  boolean fromStart;

  @Override
  public Object execute() {
    System.out.println(grant(administration, authenticator.consoleUser(), request()));
    return null;
  }

  Request request() {
    return new Request(
        partnerId,
        kind,
        purpose,
        organisation,
        municipalities == null ? List.of() : municipalities,
        categories == null ? List.of() : categories,
        timeline,
        fromStart);
  }

  /** The command line as typed. */
  record Request(
      String partnerId,
      String kind,
      String purpose,
      String organisation,
      List<String> municipalities,
      List<String> categories,
      boolean timeline,
      boolean fromStart) {}

  static String grant(PartnerAdministration administration, Optional<Actor> actor, Request r) {
    return Answers.as(
        actor,
        a -> {
          GrantRequest request =
              new GrantRequest(
                  r.partnerId(),
                  named(OrganisationKind.class, r.kind(), "kind"),
                  named(Purpose.class, r.purpose(), "purpose"),
                  r.organisation(),
                  Set.copyOf(r.municipalities()),
                  categories(r.categories()),
                  r.timeline(),
                  r.fromStart());
          String pid = administration.grant(a, request);
          return "Granted partner "
              + r.partnerId()
              + " (configuration "
              + pid
              + "). Delivery follows within moments if its bundle is allowed;"
              + " check with steunpunt:partners.";
        });
  }

  private static Set<DataCategory> categories(List<String> names) {
    Set<DataCategory> categories = new LinkedHashSet<>();
    for (String name : names) {
      categories.add(named(DataCategory.class, name, "category"));
    }
    return categories;
  }

  /** An enum constant by its name in any case; a field error naming the choices otherwise. */
  static <E extends Enum<E>> E named(Class<E> type, String name, String field) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
