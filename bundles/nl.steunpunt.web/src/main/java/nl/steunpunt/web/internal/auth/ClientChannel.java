package nl.steunpunt.web.internal.auth;

import javax.servlet.http.HttpServletRequest;
import nl.steunpunt.api.access.Channel;

/**
 * The web channel of a request, naming the client's address (through trusted proxies) for the audit
 * log.
 */
final class ClientChannel {

  private ClientChannel() {}

  static Channel of(HttpServletRequest request) {
    String address = Client.of(request).address();
    return address == null || address.isBlank() ? Channel.WEB : Channel.web(address);
  }
}
