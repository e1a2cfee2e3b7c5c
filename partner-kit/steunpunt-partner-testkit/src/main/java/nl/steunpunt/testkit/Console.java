package nl.steunpunt.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * The platform's console over SSH, as the demo operator: the way an operator allow-lists and grants
 * a partner, so the test does it the same way (with its audit entries) and not by writing
 * configuration the platform would not count.
 */
final class Console {

  private final int port;

  Console(int port) {
    this.port = port;
  }

  /**
   * Runs one command as {@code operator}.
   *
   * @return what it printed
   * @throws UncheckedIOException when the login is refused or the command fails, with its output
   */
  String run(String command) {
    try (SshClient client = SshClient.setUpDefaultClient()) {
      // A platform this test started on loopback a moment ago: there is no host key to pin.
      client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
      client.start();
      try (ClientSession session =
          client.connect("operator", "127.0.0.1", port).verify(15, TimeUnit.SECONDS).getSession()) {
        session.addPasswordIdentity("demo");
        session.auth().verify(15, TimeUnit.SECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
          session.executeRemoteCommand(command, out, err, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(
              command
                  + " failed: "
                  + err.toString(StandardCharsets.UTF_8)
                  + out.toString(StandardCharsets.UTF_8),
              e);
        }
        return out.toString(StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("console on port " + port + ": " + command, e);
    }
  }
}
