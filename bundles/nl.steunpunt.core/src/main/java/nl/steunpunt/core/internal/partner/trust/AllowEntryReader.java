package nl.steunpunt.core.internal.partner.trust;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads one operator configuration of an allow-list entry (factory pid {@code
 * nl.steunpunt.partners.allow}, described by {@link AllowEntryConfig}) into an {@link AllowEntry},
 * or the reason it is invalid; one component per configuration, so Configuration Admin's changes
 * come and go as components. {@code grants.PartnerTrust} collects them.
 */
@Component(
    service = AllowEntryReader.class,
    configurationPid = AllowEntryReader.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AllowEntryConfig.class, factory = true)
public final class AllowEntryReader {

  public static final String PID = "nl.steunpunt.partners.allow";

  private final Configured<AllowEntry> entry;

  @Activate
  public AllowEntryReader(AllowEntryConfig config, Map<String, Object> properties) {
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

  public Configured<AllowEntry> entry() {
    return entry;
  }
}
