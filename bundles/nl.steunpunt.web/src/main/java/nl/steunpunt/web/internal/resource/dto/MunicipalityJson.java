package nl.steunpunt.web.internal.resource.dto;

import nl.steunpunt.api.family.Municipality;

/** A current municipality: {@code {code, name, safetyRegion}}. */
public record MunicipalityJson(String code, String name, String safetyRegion) {

  public static MunicipalityJson of(Municipality municipality) {
    return new MunicipalityJson(
        municipality.code(), municipality.name(), municipality.safetyRegion());
  }
}
