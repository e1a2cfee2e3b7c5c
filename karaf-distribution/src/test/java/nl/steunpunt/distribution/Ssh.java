package nl.steunpunt.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/** Runs a console command over SSH, as an operator would with {@code ssh -p 8101}. */
final class Ssh {

  private Ssh() {}

  /**
   * Logs in and runs one command.
   *
   * @return the command's output
   * @throws IOException when the login is refused or the command fails
   */
  static String run(String user, String password, String command) throws IOException {
    return run(SteunpuntKaraf.SSH_PORT, user, password, command);
  }

  /** {@link #run(String, String, String)} on another node's console port. */
  static String run(int port, String user, String password, String command) throws IOException {
    try (SshClient client = SshClient.setUpDefaultClient()) {
      client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
      client.start();
      try (ClientSession session =
          client.connect(user, "127.0.0.1", port).verify(15, TimeUnit.SECONDS).getSession()) {
        session.addPasswordIdentity(password);
        try {
          session.auth().verify(15, TimeUnit.SECONDS);
        } catch (IOException refused) {
          // Inside Karaf (a Pax Exam probe): which accounts the realm's file held then, and the
          // platform's warnings, since CI keeps only the build's output.
          throw new IOException(
              "the login of " + user + " was refused: " + refused.getMessage() + NodeLog.here(),
              refused);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
          session.executeRemoteCommand(command, out, err, StandardCharsets.UTF_8);
        } catch (IOException e) {
          // The exit status alone says nothing: name the command and what it printed.
          throw new IOException(
              command
                  + " failed: "
                  + err.toString(StandardCharsets.UTF_8)
                  + out.toString(StandardCharsets.UTF_8),
              e);
        }
        return out.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
