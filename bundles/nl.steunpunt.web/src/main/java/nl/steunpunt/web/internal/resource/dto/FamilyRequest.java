package nl.steunpunt.web.internal.resource.dto;

import java.util.List;
import nl.steunpunt.api.family.Background;
import nl.steunpunt.api.family.FamilyChanges;
import nl.steunpunt.api.family.NewFamily;

/** The body of {@code POST /families} and {@code PUT /families/{id}}. */
public record FamilyRequest(String municipality, List<String> languages, Background background) {

  public NewFamily toNew() {
    return new NewFamily(municipality, languages, background);
  }

  public FamilyChanges toChanges() {
    return new FamilyChanges(municipality, languages, background);
  }
}
