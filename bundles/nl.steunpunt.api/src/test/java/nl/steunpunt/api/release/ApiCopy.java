package nl.steunpunt.api.release;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Jar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A copy of the API as this build made it ({@code target/classes} with bnd's manifest), which a
 * test then changes as a developer might: a source file edited and compiled in place of its
 * classes, a package's {@code @Version} or the bundle's version raised. The copy is what the
 * baseline plugin would see in the jar, so bnd judges the change exactly as in the build.
 */
final class ApiCopy {

  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

  private final Path classes;
  private final Path sources;

  private ApiCopy(Path classes, Path sources) {
    this.classes = classes;
    this.sources = sources;
  }

  /** A copy of the API as built, in a folder of the test's. */
  static ApiCopy ofBuild(Path folder) throws IOException {
    Path built = MODULE.resolve("target/classes");
    if (!Files.isRegularFile(built.resolve("META-INF/MANIFEST.MF"))) {
      throw new IllegalStateException(
          "no bundle manifest in " + built + ": build the module first");
    }
    Path classes = folder.resolve("classes");
    try (Stream<Path> files = Files.walk(built)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = classes.resolve(built.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return new ApiCopy(classes, folder.resolve("src"));
  }

  /**
   * Edits the API's source file of a type and compiles it into the copy, in place of the classes it
   * held.
   *
   * @throws IllegalArgumentException when the edit changes nothing, so a test whose edit no longer
   *     applies to the sources fails instead of checking an unchanged API
   */
  ApiCopy edit(Class<?> type, UnaryOperator<String> edit) throws IOException {
    String path = type.getName().replace('.', '/') + ".java";
    String original = Files.readString(MODULE.resolve("src/main/java").resolve(path));
    String changed = edit.apply(original);
    if (changed.equals(original)) {
      throw new IllegalArgumentException("the edit does not apply to " + path);
    }
    Path source = sources.resolve(path);
    Files.createDirectories(source.getParent());
    Files.writeString(source, changed);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    List<String> options =
        List.of(
            "-d",
            classes.toString(),
            "-cp",
            classes + java.io.File.pathSeparator + annotationsJar(),
            "--release",
            "17",
            "-proc:none",
            "-implicit:none");
    boolean compiled =
        javac
            .getTask(
                messages,
                null,
                null,
                options,
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source))
            .call();
    if (!compiled) {
      throw new IllegalStateException("the edited " + path + " does not compile:\n" + messages);
    }
    return this;
  }

  /** Exports a package at this version, as a changed {@code @Version} in its package-info would. */
  ApiCopy exportVersion(String packageName, String version) throws IOException {
    Manifest manifest = manifest();
    Attributes main = manifest.getMainAttributes();
    Parameters exports = new Parameters(main.getValue("Export-Package"));
    if (exports.get(packageName) == null) {
      throw new IllegalArgumentException(packageName + " is not exported");
    }
    exports.get(packageName).put("version", version);
    main.putValue("Export-Package", exports.toString());
    write(manifest);
    return this;
  }

  /** Gives the bundle this version, as a changed version in the module's POM would. */
  ApiCopy bundleVersion(String version) throws IOException {
    Manifest manifest = manifest();
    manifest.getMainAttributes().putValue("Bundle-Version", version);
    write(manifest);
    return this;
  }

  /** The copy as bnd reads a bundle. */
  Jar jar() throws IOException {
    return new Jar(classes.toFile());
  }

  private Manifest manifest() throws IOException {
    try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
      return new Manifest(in);
    }
  }

  private void write(Manifest manifest) throws IOException {
    try (OutputStream out = Files.newOutputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
      manifest.write(out);
    }
  }

  /** The OSGi annotations (@Version, @ProviderType…) the API's sources name. */
  private static Path annotationsJar() {
    try {
      return Path.of(
          ProviderType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
