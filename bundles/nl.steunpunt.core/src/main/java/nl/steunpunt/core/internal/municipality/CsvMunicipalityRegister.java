package nl.steunpunt.core.internal.municipality;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.family.Municipality;
import nl.steunpunt.api.family.MunicipalityRegister;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality register: the list shipped with the platform (CBS codes of 2022 with the mergers
 * since), or an operator's own list in the same format.
 */
@Component(configurationPid = "nl.steunpunt.municipalities")
@Designate(ocd = CsvMunicipalityRegister.Config.class)
public final class CsvMunicipalityRegister implements MunicipalityRegister {

  @ObjectClassDefinition(
      name = "Steunpunt municipalities",
      description = "The list of Dutch municipalities that families are registered in.")
  @interface Config {
    @AttributeDefinition(
        description =
            "Path of a CSV file (code,name,safety_region,merged_into) that replaces the shipped"
                + " list; empty for the shipped list. A file with any error is refused.")
    String file() default "";
  }

  static final String SHIPPED = "municipalities-nl.csv";
  private static final Logger LOG = LoggerFactory.getLogger(CsvMunicipalityRegister.class);

  private final Map<String, Municipality> byCode;
  private final List<Municipality> current;

  @Activate
  public CsvMunicipalityRegister(Config config) throws IOException {
    this(load(config.file()));
  }

  CsvMunicipalityRegister(Map<String, Municipality> byCode) {
    this.byCode = Map.copyOf(byCode);
    this.current =
        byCode.values().stream()
            .filter(m -> m.mergedInto().isEmpty())
            .sorted(Comparator.comparing(Municipality::name))
            .toList();
  }

  /** The register with the list shipped with the platform. */
  public static CsvMunicipalityRegister shipped() throws IOException {
    return new CsvMunicipalityRegister(load(""));
  }

  private static Map<String, Municipality> load(String file) throws IOException {
    if (file.isBlank()) {
      try (Reader in =
          new InputStreamReader(
              CsvMunicipalityRegister.class.getResourceAsStream(SHIPPED), StandardCharsets.UTF_8)) {
        return MunicipalityCsv.read(in);
      }
    }
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      Map<String, Municipality> list = MunicipalityCsv.read(in);
      LOG.info("Municipality register: {} municipalities from {}", list.size(), file);
      return list;
    }
  }

  @Override
  public Optional<Municipality> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  @Override
  public Optional<Municipality> current(String code) {
    Optional<Municipality> at = find(code);
    while (at.isPresent() && at.get().mergedInto().isPresent()) {
      at = find(at.get().mergedInto().get());
    }
    return at;
  }

  @Override
  public List<Municipality> predecessors(String code) {
    return byCode.values().stream()
        .filter(m -> m.mergedInto().isPresent() && !m.code().equals(code))
        .filter(m -> current(m.code()).map(Municipality::code).filter(code::equals).isPresent())
        .sorted(Comparator.comparing(Municipality::code))
        .toList();
  }

  @Override
  public List<Municipality> all() {
    return current;
  }
}
