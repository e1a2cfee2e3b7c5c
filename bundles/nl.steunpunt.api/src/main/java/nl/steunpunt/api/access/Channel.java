package nl.steunpunt.api.access;

import java.util.Objects;

/**
 * The way a call reached the platform: the core's web face (REST and UI), the operator console, or
 * a partner bundle. The channel is recorded with every audited action.
 *
 * @since 0.1
 */
public sealed interface Channel permits Channel.Web, Channel.Console, Channel.PartnerBundle {

  /** The core REST API or staff UI. */
  Web WEB = new Web();

  /** The Karaf console of the operator. */
  Console CONSOLE = new Console();

  /**
   * A short text naming the channel in logs and audit entries.
   *
   * @return e.g. {@code web} or {@code bundle:nl.example.partner/1.0.0}
   */
  String describe();

  /** The core REST API or staff UI. */
  record Web() implements Channel {
    @Override
    public String describe() {
      return "web";
    }
  }

  /** The Karaf console. */
  record Console() implements Channel {
    @Override
    public String describe() {
      return "console";
    }
  }

  /**
   * A partner bundle, by symbolic name and version.
   *
   * @param symbolicName the bundle's symbolic name
   * @param version the bundle's version
   */
  record PartnerBundle(String symbolicName, String version) implements Channel {
    /** Creates a partner bundle channel; both parts are required. */
    public PartnerBundle {
      Objects.requireNonNull(symbolicName, "symbolicName");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String describe() {
      return "bundle:" + symbolicName + "/" + version;
    }
  }
}
