package nl.steunpunt.core.internal.partner.grants;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.core.internal.partner.trust.Configured;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads one operator configuration of a grant (factory pid {@code nl.steunpunt.partners.grant},
 * described by {@link PartnerGrantConfig}) into a {@link PartnerGrant}, or the reason it is
 * invalid; one component per configuration. {@link PartnerTrust} collects them.
 */
@Component(
    service = PartnerGrantReader.class,
    configurationPid = PartnerGrantReader.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PartnerGrantConfig.class, factory = true)
public final class PartnerGrantReader {

  public static final String PID = "nl.steunpunt.partners.grant";

  private static final Pattern CBS_CODE = Pattern.compile("\\d{4}");

  private final Configured<PartnerGrant> grant;
  private final Map<String, Object> settings;

  @Activate
  public PartnerGrantReader(PartnerGrantConfig config, Map<String, Object> properties) {
    this(
        read(String.valueOf(properties.getOrDefault("service.pid", PID)), config),
        SettingText.ofComponent(properties));
  }

  PartnerGrantReader(Configured<PartnerGrant> grant, Map<String, Object> settings) {
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

  static Configured<PartnerGrant> read(String pid, PartnerGrantConfig config) {
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
