package nl.steunpunt.api.family;

import java.util.Optional;

/**
 * A Dutch municipality.
 *
 * @param code the CBS code without {@code GM}, four digits (e.g. {@code 0363})
 * @param name the name (e.g. {@code Amsterdam})
 * @param safetyRegion the safety region, {@code VR01} to {@code VR25}
 * @param mergedInto for a municipality that no longer exists, the code of its successor
 * @since 0.1
 */
public record Municipality(
    String code, String name, String safetyRegion, Optional<String> mergedInto) {}
