package nl.steunpunt.core.internal.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.steunpunt.api.family.Municipality;

/**
 * Reads the municipality list: {@code code,name,safety_region,merged_into}, one municipality a
 * line, fields quoted with {@code "} where they hold a comma. A list that is wrong in any line is
 * refused as a whole, so a bad update can never leave the platform with half a list.
 */
final class MunicipalityCsv {

  static final String HEADER = "code,name,safety_region,merged_into";
  private static final Pattern CODE = Pattern.compile("\\d{4}");
  private static final Pattern REGION = Pattern.compile("VR(0[1-9]|1\\d|2[0-5])");

  private MunicipalityCsv() {}

  static Map<String, Municipality> read(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    String header = reader.readLine();
    if (header == null || !header.strip().equals(HEADER)) {
      throw new IllegalArgumentException("the first line must be: " + HEADER);
    }
    Map<String, Municipality> byCode = new LinkedHashMap<>();
    int number = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Municipality municipality = parse(line, number);
      if (byCode.put(municipality.code(), municipality) != null) {
        throw new IllegalArgumentException("line " + number + ": code listed twice");
      }
    }
    checkSuccessors(byCode);
    return byCode;
  }

  private static Municipality parse(String line, int number) {
    List<String> fields = fields(line, number);
    if (fields.size() != 4) {
      throw new IllegalArgumentException("line " + number + ": 4 fields expected");
    }
    String code = fields.get(0);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("line " + number + ": code must be 4 digits");
    }
    if (fields.get(1).isBlank()) {
      throw new IllegalArgumentException("line " + number + ": name is empty");
    }
    if (!REGION.matcher(fields.get(2)).matches()) {
      throw new IllegalArgumentException("line " + number + ": safety region must be VR01..VR25");
    }
    String successor = fields.get(3);
    if (!successor.isEmpty() && !CODE.matcher(successor).matches()) {
      throw new IllegalArgumentException("line " + number + ": merged_into must be 4 digits");
    }
    return new Municipality(
        code,
        fields.get(1),
        fields.get(2),
        successor.isEmpty() ? Optional.empty() : Optional.of(successor));
  }

  private static List<String> fields(String line, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + number + ": unclosed quote");
    }
    fields.add(field.toString().strip());
    return fields;
  }

  /** Every successor must be listed, and following successors must end at a current one. */
  private static void checkSuccessors(Map<String, Municipality> byCode) {
    for (Municipality start : byCode.values()) {
      Municipality at = start;
      for (int hops = 0; at.mergedInto().isPresent(); hops++) {
        String next = at.mergedInto().get();
        at = byCode.get(next);
        if (at == null) {
          throw new IllegalArgumentException(
              "municipality " + start.code() + " merged into unknown code " + next);
        }
        if (hops > byCode.size()) {
          throw new IllegalArgumentException("mergers of " + start.code() + " form a cycle");
        }
      }
    }
  }
}
