package nl.steunpunt.core.internal.partner.trust;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.partner.PartnerHeader;

/**
 * What a bundle declares in its {@link PartnerHeader#NAME} header, read strictly: a header that is
 * not exactly of the documented form is refused with a reason, never guessed at.
 */
public record PartnerDeclaration(String partnerId, OrganisationKind kind, Purpose purpose) {

  /** Lower-case words of letters and digits joined by single hyphens, at most 64 characters. */
  static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)=([A-Z_]+)");

  public PartnerDeclaration {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(purpose, "purpose");
  }

  /** Tells whether a text is a valid partner id. */
  public static boolean validId(String id) {
    return id.length() <= 64 && PARTNER_ID.matcher(id).matches();
  }

  /**
   * Reads a header value.
   *
   * @throws IllegalArgumentException with a reason fit for the operator's log when the header is
   *     malformed
   */
  /** The partner id a bundle declares in a well-formed header, or empty. */
  static java.util.Optional<String> idOf(org.osgi.framework.Bundle bundle) {
    String header = bundle.getHeaders("").get(nl.steunpunt.api.partner.PartnerHeader.NAME);
    if (header == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(parse(header).partnerId());
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  public static PartnerDeclaration parse(String header) {
    String[] parts = header.split(";", -1);
    if (parts.length != 3) {
      throw malformed("expected <partnerId>;kind=<kind>;purpose=<purpose>");
    }
    String id = parts[0].strip();
    if (!validId(id)) {
      throw malformed("partner id must be lower-case letters and digits joined by hyphens");
    }
    Map<String, String> attributes = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      var matcher = ATTRIBUTE.matcher(parts[i].strip());
      if (!matcher.matches()) {
        throw malformed("attributes must be kind=<KIND> and purpose=<PURPOSE>");
      }
      if (attributes.put(matcher.group(1), matcher.group(2)) != null) {
        throw malformed("attribute " + matcher.group(1) + " given twice");
      }
    }
    if (!attributes.containsKey("kind") || !attributes.containsKey("purpose")) {
      throw malformed("attributes must be kind=<KIND> and purpose=<PURPOSE>");
    }
    OrganisationKind kind = named(OrganisationKind.class, attributes.get("kind"), "kind");
    Purpose purpose = named(Purpose.class, attributes.get("purpose"), "purpose");
    if (purpose == Purpose.EMERGENCY) {
      throw malformed("purpose EMERGENCY is not for partners");
    }
    return new PartnerDeclaration(id, kind, purpose);
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name, String attribute) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw malformed("unknown " + attribute + " " + name);
    }
  }

  private static IllegalArgumentException malformed(String reason) {
    return new IllegalArgumentException("malformed " + PartnerHeader.NAME + " header: " + reason);
  }
}
