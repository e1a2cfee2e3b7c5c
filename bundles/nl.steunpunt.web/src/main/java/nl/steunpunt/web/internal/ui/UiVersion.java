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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import nl.steunpunt.web.internal.auth.ShellFiles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The version of the shell's files: a hash of their names and content, computed once when the
 * bundle starts. The shell is served under {@code /ui/v/<version>/}, where a file can be cached for
 * ever: a new build of the shell has a new version, so its paths are new.
 */
@Component(service = {UiVersion.class, ShellFiles.class})
public final class UiVersion implements ShellFiles {

  /** Where the versioned files are. */
  static final String PREFIX = "/ui/v/";

  static final String STYLE_SHEET = "styles.css";

  /** The files {@link #openBeforeLogin} opens, relative to the version's folder. */
  private static final Set<String> OPEN_BEFORE_LOGIN =
      Stream.concat(
              Stream.of(STYLE_SHEET, UiFilesServlet.BOOT, CorePage.BUNDLE),
              UiLanguage.SUPPORTED.stream().map(UiVersion::texts))
          .collect(Collectors.toUnmodifiableSet());

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

  /**
   * The style sheet, the boot script, the shell's bundle and the texts in the language the shell
   * will choose for this browser: everything the first page loads before it asks the API.
   */
  @Override
  public List<String> prefetch(HttpServletRequest request) {
    String language = UiLanguage.of(Optional.empty(), request.getHeader("Accept-Language"));
    return List.of(
        path(STYLE_SHEET), path(UiFilesServlet.BOOT), path(CorePage.BUNDLE), path(texts(language)));
  }

  /** This version's style sheet, boot script, bundle and texts (in every language): no others. */
  @Override
  public boolean openBeforeLogin(String path) {
    String prefix = path("");
    return path.startsWith(prefix) && OPEN_BEFORE_LOGIN.contains(path.substring(prefix.length()));
  }

  private static String texts(String language) {
    return "i18n/" + language + ".json";
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
