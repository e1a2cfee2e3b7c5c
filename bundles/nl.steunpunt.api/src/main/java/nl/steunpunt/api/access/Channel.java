package nl.steunpunt.api.access;

import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The way a call reached the platform: the core's web face (REST and UI), the operator console, a
 * partner bundle, or the platform itself for a job of its own. The channel is recorded with every
 * audited action.
 *
 * <p>Sealed, so only the platform implements it ({@code @ProviderType}): a method added to it is a
 * minor change. A new variant is a minor change too, so a partner that tells the variants apart
 * must also handle one it does not know (a {@code default} branch).
 *
 * @since 0.1
 */
@ProviderType
public sealed interface Channel
    permits Channel.Web, Channel.Console, Channel.PartnerBundle, Channel.Platform {

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
   * The platform acting on its own, for a job of its own such as the retention of personal data.
   * Only the platform issues actors on this channel; no user is behind them.
   *
   * @param job the job, lower-case words joined by hyphens (e.g. {@code retention})
   * @since 0.3
   */
  record Platform(String job) implements Channel {
    /** Creates the channel; the job is required. */
    public Platform {
      Objects.requireNonNull(job, "job");
    }

    @Override
    public String describe() {
      return "platform:" + job;
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
