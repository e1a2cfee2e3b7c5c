package nl.steunpunt.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The production archive holds no demo (issue 20): no jar of the assembly's {@code system/}
 * declares itself a demo bundle, and neither its features repositories nor its features
 * configuration name the demo's feature or bundle. Demo mode's content is the KAR {@code
 * steunpunt-demo}, which only a demo copies into {@code deploy/}. A unit test of the build (no
 * Karaf), run after the assembly.
 */
public class ProductionArchiveTest {

  private static final String DEMO_HEADER = "Steunpunt-Demo";
  private static final String DEMO_FEATURE = "steunpunt-demo";
  private static final String DEMO_BUNDLE = "nl.steunpunt.demo";

  private static final Path ASSEMBLY =
      Path.of(System.getProperty("project.build.directory", "target"), "assembly");

  @Test
  public void noJarInTheArchivesSystemFolderIsADemoBundle() throws IOException {
    List<String> bundles = new ArrayList<>();
    List<String> demo = new ArrayList<>();
    for (Path jar : files(".jar")) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Manifest manifest = file.getManifest();
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String name = main.getValue("Bundle-SymbolicName");
        if (name != null) {
          bundles.add(name.split(";")[0].strip());
        }
        if (main.getValue(DEMO_HEADER) != null || DEMO_BUNDLE.equals(name)) {
          demo.add(
              ASSEMBLY.relativize(jar)
                  + " ("
                  + DEMO_HEADER
                  + ": "
                  + main.getValue(DEMO_HEADER)
                  + ")");
        }
      }
    }

    // The platform is there (so the walk read the right folder), the demo is not.
    assertThat(bundles).contains("nl.steunpunt.core", "nl.steunpunt.web", "nl.steunpunt.trust");
    assertThat(demo).isEmpty();
  }

  @Test
  public void noFeaturesRepositoryOfTheArchiveNamesTheDemo() throws Exception {
    List<String> features = new ArrayList<>();
    List<String> demo = new ArrayList<>();
    for (Path xml : files(".xml")) {
      Document document = XML.newDocumentBuilder().parse(xml.toFile());
      if (!"features".equals(document.getDocumentElement().getLocalName())) {
        continue;
      }
      NodeList feature = document.getElementsByTagNameNS("*", "feature");
      for (int i = 0; i < feature.getLength(); i++) {
        Element element = (Element) feature.item(i);
        String name = element.hasAttribute("name") ? element.getAttribute("name") : "";
        String named = name.isEmpty() ? element.getTextContent().strip() : name;
        features.add(named);
        if (DEMO_FEATURE.equals(named)) {
          demo.add(ASSEMBLY.relativize(xml) + ": feature " + named);
        }
      }
      for (String tag : List.of("bundle", "repository")) {
        NodeList locations = document.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < locations.getLength(); i++) {
          String location = locations.item(i).getTextContent().strip();
          if (location.contains("/" + DEMO_BUNDLE + "/")
              || location.contains("/" + DEMO_FEATURE + "/")) {
            demo.add(ASSEMBLY.relativize(xml) + ": " + tag + " " + location);
          }
        }
      }
    }

    assertThat(features).contains("steunpunt", "steunpunt-core", "steunpunt-partner-police");
    assertThat(demo).isEmpty();
  }

  @Test
  public void theFeaturesConfigurationNeitherBootsNorRegistersTheDemo() throws IOException {
    String cfg =
        Files.readString(
            ASSEMBLY.resolve("etc/org.apache.karaf.features.cfg"), StandardCharsets.UTF_8);

    assertThat(cfg).contains("featuresBoot").contains("steunpunt-features");
    assertThat(cfg).doesNotContain(DEMO_FEATURE).doesNotContain(DEMO_BUNDLE);
  }

  @Test
  public void theArchivesTopLevelHoldsKarafsFoldersAndNoCopyOfTheOverlay() throws IOException {
    List<String> top;
    try (Stream<Path> entries = Files.list(ASSEMBLY)) {
      top = entries.map(path -> path.getFileName().toString()).sorted().toList();
    }

    assertThat(top).contains("bin", "etc", "system", "deploy");
    // src/main/resources/assembly is the overlay of etc/ and bin/, applied by the plugin.
    assertThat(top).doesNotContain("assembly");
  }

  /** Namespace-aware, and offline: Jetty's XML files in system/ name a DTD on the web. */
  private static final DocumentBuilderFactory XML = xml();

  private static DocumentBuilderFactory xml() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return factory;
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(ASSEMBLY.resolve("system"))) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
