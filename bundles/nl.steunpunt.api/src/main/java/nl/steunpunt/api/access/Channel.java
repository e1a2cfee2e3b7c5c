package nl.steunpunt.api.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The way a call reached the platform: the core's web face (REST and UI), the operator console, or
 * a partner bundle. The channel is recorded with every audited action.
 *
 * @since 0.1
 */
public sealed interface Channel permits Channel.Web, Channel.Console, Channel.PartnerBundle {

  /** The core REST API or staff UI, when the client's address is not known. */
  Web WEB = new Web(Optional.empty());

  /** The Karaf console of the operator. */
  Console CONSOLE = new Console();

  /**
   * A short text naming the channel in logs and audit entries.
   *
   * @return e.g. {@code web} or {@code bundle:nl.example.partner/1.0.0}
   */
  String describe();

  /**
   * A call through the web face from a client address.
   *
   * @param clientAddress the address the request came from
   * @return the channel
   */
  static Web web(String clientAddress) {
    return new Web(Optional.of(clientAddress));
  }

  /**
   * The client's address where the channel knows it, for the audit log.
   *
   * @return the address, or empty
   */
  default Optional<String> clientAddress() {
    return Optional.empty();
  }

  /**
   * The core REST API or staff UI.
   *
   * @param clientAddress the address the request came from, where known
   */
  record Web(Optional<String> clientAddress) implements Channel {

    /** Creates the channel. */
    public Web {
      Objects.requireNonNull(clientAddress, "clientAddress");
    }

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
