package nl.steunpunt.core.internal.partner.settings;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Organisation;
import nl.steunpunt.api.access.Purpose;
import nl.steunpunt.api.partner.OrganisationKind;
import nl.steunpunt.api.platform.AllowRequest;
import nl.steunpunt.api.platform.GrantRequest;
import nl.steunpunt.core.internal.partner.grants.PartnerGrantReader;
import nl.steunpunt.core.internal.partner.trust.AllowEntry;
import nl.steunpunt.core.internal.partner.trust.PartnerDeclaration;
import nl.steunpunt.core.internal.validation.Check;
import org.osgi.framework.VersionRange;

/**
 * Checks the operator's requests field by field before anything is written, by the rules {@link
 * PartnerGrantReader} and {@link AllowEntry} apply when they read the configuration, and turns them
 * into the configuration's properties.
 */
public final class PartnerRequests {

  public static final String PARTNER_ID = "partnerId";
  static final String SYMBOLIC_NAME = "symbolicName";

  private static final Pattern CBS_CODE = Pattern.compile("\\d{4}");

  /** A bundle symbolic name: dot-separated tokens (OSGi core, 1.3.2). */
  private static final Pattern BUNDLE_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

  private PartnerRequests() {}

  public static String partnerId(String partnerId) {
    Check check = new Check();
    String id = partnerId(check, partnerId);
    check.done();
    return id;
  }

  public static String symbolicName(String symbolicName) {
    Check check = new Check();
    String name = symbolicName(check, symbolicName);
    check.done();
    return name;
  }

  /** The properties of the grant's configuration. */
  public static Map<String, Object> grant(GrantRequest request) {
    Check check = new Check();
    String id = partnerId(check, request.partnerId());
    check.present(request.kind(), "kind");
    if (check.present(request.purpose(), "purpose")) {
      check.that(
          request.purpose() != Purpose.EMERGENCY, "purpose", "EMERGENCY is not for partners");
    }
    String organisation = request.organisation() == null ? null : request.organisation().strip();
    if (check.text(organisation, "organisation", 64)) {
      check.that(
          organisationId(organisation),
          "organisation",
          "must be GM and four digits, or lower-case words joined by hyphens");
    }
    Set<String> codes = new TreeSet<>();
    for (String code :
        request.municipalities() == null ? Set.<String>of() : request.municipalities()) {
      if (check.that(
          code != null && CBS_CODE.matcher(code.strip()).matches(),
          "municipalities",
          "must be CBS codes of four digits")) {
        codes.add(code.strip());
      }
    }
    check.that(
        request.kind() != OrganisationKind.MUNICIPALITY || !codes.isEmpty(),
        "municipalities",
        "a municipality needs at least one");
    Set<DataCategory> categories =
        request.categories() == null ? Set.of() : Set.copyOf(request.categories());
    check.done();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(PARTNER_ID, id);
    properties.put("kind", request.kind().name());
    properties.put("purpose", request.purpose().name());
    properties.put("organisation", organisation);
    properties.put("municipalities", codes.toArray(String[]::new));
    properties.put(
        "categories", categories.stream().map(Enum::name).sorted().toArray(String[]::new));
    properties.put("timeline", request.timeline());
    properties.put("fromStart", request.fromStart());
    return properties;
  }

  /** The entry, stripped and its SHA-256 in lower case. */
  public static AllowRequest allow(AllowRequest request) {
    Check check = new Check();
    String name = symbolicName(check, request.symbolicName());
    String range = versionRange(check, request.versionRange());
    String sha =
        request.sha256() == null ? null : request.sha256().strip().toLowerCase(Locale.ROOT);
    if (check.present(sha, "sha256")) {
      check.that(
          sha.length() == 64 && sha.chars().allMatch(HexFormat::isHexDigit),
          "sha256",
          "must be 64 hexadecimal digits");
    }
    check.done();
    return new AllowRequest(name, range, sha);
  }

  /** A dev-loop entry: name and range stripped, no SHA-256. */
  public static AllowRequest allowForDevelopment(String symbolicName, String versionRange) {
    Check check = new Check();
    String name = symbolicName(check, symbolicName);
    String range = versionRange(check, versionRange);
    check.done();
    return new AllowRequest(name, range, null);
  }

  /** The configuration of a dev-loop entry: {@code dev = true} and no {@code sha256}. */
  public static Map<String, Object> devProperties(AllowRequest entry) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SYMBOLIC_NAME, entry.symbolicName());
    properties.put("versionRange", entry.versionRange());
    properties.put("dev", Boolean.TRUE);
    return properties;
  }

  private static String versionRange(Check check, String versionRange) {
    String range = versionRange == null ? null : versionRange.strip();
    if (check.text(range, "versionRange", 200)) {
      try {
        new VersionRange(range);
      } catch (IllegalArgumentException e) {
        check.that(false, "versionRange", "must be an OSGi version range, e.g. [1.0.0,1.1.0)");
      }
    }
    return range;
  }

  public static Map<String, Object> properties(AllowRequest entry) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SYMBOLIC_NAME, entry.symbolicName());
    properties.put("versionRange", entry.versionRange());
    properties.put("sha256", entry.sha256());
    return properties;
  }

  /** Whether two version ranges are the same range, however written. */
  static boolean sameRange(Object configured, String range) {
    try {
      return configured instanceof String text
          && new VersionRange(text.strip()).equals(new VersionRange(range));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** What the audit entry says about a grant: its values, no personal data. */
  public static String describe(Map<String, Object> grant) {
    StringBuilder text = new StringBuilder("granted");
    for (var entry : grant.entrySet()) {
      if (!entry.getKey().equals(PARTNER_ID)) {
        Object value = entry.getValue();
        text.append(' ')
            .append(entry.getKey())
            .append('=')
            .append(value instanceof String[] values ? List.of(values) : value);
      }
    }
    return text.toString();
  }

  private static String partnerId(Check check, String partnerId) {
    String id = partnerId == null ? null : partnerId.strip();
    if (check.present(id, PARTNER_ID)) {
      check.that(
          PartnerDeclaration.validId(id),
          PARTNER_ID,
          "must be lower-case letters and digits joined by hyphens, at most 64 characters");
    }
    return id;
  }

  private static String symbolicName(Check check, String symbolicName) {
    String name = symbolicName == null ? null : symbolicName.strip();
    if (check.text(name, SYMBOLIC_NAME, 200)) {
      check.that(
          BUNDLE_NAME.matcher(name).matches(),
          SYMBOLIC_NAME,
          "must be a bundle symbolic name, e.g. nl.example.partner");
    }
    return name;
  }

  private static boolean organisationId(String id) {
    try {
      return Objects.equals(new Organisation(id).id(), id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
