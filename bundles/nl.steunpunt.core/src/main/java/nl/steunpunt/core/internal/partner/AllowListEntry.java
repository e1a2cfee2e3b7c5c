package nl.steunpunt.core.internal.partner;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** One operator-configured allow-list entry; {@link PartnerTrust} collects them. */
@Component(
    service = AllowListEntry.class,
    configurationPid = AllowListEntry.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AllowConfig.class, factory = true)
public final class AllowListEntry {

  static final String PID = "nl.steunpunt.partners.allow";

  private final Configured<AllowEntry> entry;

  @Activate
  public AllowListEntry(AllowConfig config, Map<String, Object> properties) {
    String pid = String.valueOf(properties.getOrDefault("service.pid", PID));
    Configured<AllowEntry> read;
    try {
      read =
          Configured.valid(
              pid,
              config.dev()
                  ? AllowEntry.dev(config.symbolicName(), config.versionRange())
                  : AllowEntry.of(config.symbolicName(), config.versionRange(), config.sha256()));
    } catch (IllegalArgumentException e) {
      read = Configured.invalid(pid, e.getMessage());
    }
    this.entry = read;
  }

  Configured<AllowEntry> entry() {
    return entry;
  }
}
