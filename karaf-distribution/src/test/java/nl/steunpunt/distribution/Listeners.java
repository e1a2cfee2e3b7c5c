package nl.steunpunt.distribution;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What listens where, read from Linux's /proc/net tables and by trying to connect. */
final class Listeners {

  private static final String LISTEN = "0A";

  private Listeners() {}

  /** The local addresses (as hex, as /proc/net/tcp writes them) listening on a port. */
  static List<String> addressesListeningOn(int port) throws IOException {
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
        String[] fields = line.trim().split("\\s+");
        String[] local = fields[1].split(":");
        if (local[1].equals(hexPort) && fields[3].equals(LISTEN)) {
          addresses.add(local[0]);
        }
      }
    }
    return addresses;
  }

  /** 127.0.0.1 in /proc/net/tcp, or ::1 or ::ffff:127.0.0.1 in /proc/net/tcp6. */
  static boolean isLoopback(String hexAddress) {
    return hexAddress.equals("0100007F")
        || hexAddress.equals("00000000000000000000000001000000")
        || hexAddress.equals("0000000000000000FFFF00000100007F");
  }

  static List<InetAddress> nonLoopbackAddresses() throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }

  static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 1_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
