package nl.steunpunt.api.family;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of Dutch municipalities, shipped as data the operator can update. Families of a
 * merged municipality stay reachable through its successor.
 *
 * @since 0.1
 */
@ProviderType
public interface MunicipalityRegister {

  /**
   * Finds a municipality by code, current or merged.
   *
   * @param code the CBS code, four digits
   * @return the municipality, or empty when the code is unknown
   */
  Optional<Municipality> find(String code);

  /**
   * Returns the municipality that now governs a code: the municipality itself, or the one it merged
   * into (following several mergers).
   *
   * @param code the CBS code
   * @return the current municipality, or empty when the code is unknown
   */
  Optional<Municipality> current(String code);

  /**
   * Lists the municipalities that merged into a municipality, directly or through earlier mergers,
   * so that their families are found with it.
   *
   * @param code the CBS code of a current municipality
   * @return the merged municipalities; empty when none merged into it
   */
  List<Municipality> predecessors(String code);

  /**
   * Lists the municipalities that exist today, by name.
   *
   * @return the current municipalities
   */
  List<Municipality> all();
}
