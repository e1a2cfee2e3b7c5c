package nl.steunpunt.core.internal.partner;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** One operator-configured grant; {@link PartnerTrust} collects them. */
@Component(
    service = GrantEntry.class,
    configurationPid = GrantEntry.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = GrantConfig.class, factory = true)
public final class GrantEntry {

  static final String PID = "nl.steunpunt.partners.grant";

  private static final Pattern CBS_CODE = Pattern.compile("\\d{4}");

  private final Configured<PartnerGrant> grant;
  private final Map<String, Object> settings;

  @Activate
  public GrantEntry(GrantConfig config, Map<String, Object> properties) {
    this(
        read(String.valueOf(properties.getOrDefault("service.pid", PID)), config),
        SettingText.ofComponent(properties));
  }

  GrantEntry(Configured<PartnerGrant> grant, Map<String, Object> settings) {
    this.grant = grant;
    this.settings = Map.copyOf(settings);
  }

  Configured<PartnerGrant> grant() {
    return grant;
  }

  /** The configuration's properties as the database would hold them, to compare with its own. */
  Map<String, Object> settings() {
    return settings;
  }

  static Configured<PartnerGrant> read(String pid, GrantConfig config) {
    String partnerId = config.partnerId() == null ? "" : config.partnerId().strip();
    if (!PartnerDeclaration.validId(partnerId)) {
      return Configured.invalid(pid, "partnerId is missing or not a partner id");
    }
    OrganisationKind kind = config.kind();
    Purpose purpose = config.purpose();
    if (kind == null || purpose == null || purpose == Purpose.EMERGENCY) {
      return Configured.invalid(pid, "kind or purpose is missing or not allowed");
    }
    String organisation = config.organisation() == null ? "" : config.organisation().strip();
    try {
      new Organisation(organisation);
    } catch (IllegalArgumentException e) {
      return Configured.invalid(pid, "organisation is missing or not an organisation id");
    }
    Set<String> codes = Set.copyOf(Arrays.asList(config.municipalities()));
    if (!codes.stream().allMatch(code -> CBS_CODE.matcher(code).matches())) {
      return Configured.invalid(pid, "municipalities must be CBS codes of four digits");
    }
    if (kind == OrganisationKind.MUNICIPALITY && codes.isEmpty()) {
      return Configured.invalid(pid, "a municipality partner needs municipalities");
    }
    Set<DataCategory> categories = Set.copyOf(Arrays.asList(config.categories()));
    return Configured.valid(
        pid,
        new PartnerGrant(
            partnerId,
            kind,
            purpose,
            codes,
            Optional.of(organisation),
            categories,
            config.timeline(),
            config.fromStart()));
  }
}
