package nl.steunpunt.web.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The version of the shell's files: a hash of their names and content, computed once when the
 * bundle starts. The shell is served under {@code /ui/v/<version>/}, where a file can be cached for
 * ever: a new build of the shell has a new version, so its paths are new.
 */
@Component(service = UiVersion.class)
public final class UiVersion {

  /** Where the versioned files are. */
  static final String PREFIX = "/ui/v/";

  private final String version;

  @Activate
  public UiVersion(BundleContext context) {
    this(context.getBundle());
  }

  private UiVersion(Bundle bundle) {
    this(hash(contentOf(bundle)));
  }

  /** For tests: a given version. */
  UiVersion(String version) {
    this.version = version;
  }

  String version() {
    return version;
  }

  /** The versioned path of a file of the shell, {@code pages/tasks.js} for example. */
  String path(String relative) {
    return PREFIX + version + "/" + relative;
  }

  private static Map<String, byte[]> contentOf(Bundle bundle) {
    Map<String, byte[]> files = new TreeMap<>();
    Enumeration<URL> entries = bundle.findEntries("ui", "*", true);
    List<URL> urls = entries == null ? List.of() : new ArrayList<>(Collections.list(entries));
    for (URL url : urls) {
      String path = url.getPath();
      int at = path.indexOf("/ui/");
      if (path.endsWith("/") || at < 0) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        files.put(path.substring(at + "/ui/".length()), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("The shell's file " + path + " cannot be read", e);
      }
    }
    return files;
  }

  private static String hash(Map<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.forEach(
          (name, content) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            digest.update((byte) 0);
          });
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
