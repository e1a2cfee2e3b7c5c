package nl.steunpunt.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.steunpunt.api.access.Action;
import nl.steunpunt.api.access.DataCategory;
import nl.steunpunt.api.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/access-matrix.md} true: one table per role (heading {@code ## <role name>}), a
 * row per {@link DataCategory}, a column per action in {@link Action#ON_DATA}, and every cell the
 * {@link AccessMatrix} grant ({@code all}, {@code related} or {@code —}).
 */
class AccessMatrixDocumentTest {

  private static final String DOCUMENT = "docs/access-matrix.md";

  private static Path document;
  private static Map<Role, Map<DataCategory, Map<Action, Grant>>> cells;
  private static List<String> problems;

  @BeforeAll
  static void parse() throws IOException {
    document = locate();
    problems = new ArrayList<>();
    cells = new EnumMap<>(Role.class);
    parse(Files.readAllLines(document));
  }

  @Test
  void theDocumentIsWellFormed() {
    assertThat(problems).as("problems in %s", document).isEmpty();
  }

  @Test
  void everyRoleCategoryAndActionHasACell() {
    List<String> missing = new ArrayList<>();
    for (Role role : Role.values()) {
      Map<DataCategory, Map<Action, Grant>> table = cells.get(role);
      if (table == null) {
        missing.add(
            "no table for role " + role.roleName() + " (heading ## " + role.roleName() + ")");
        continue;
      }
      for (DataCategory category : DataCategory.values()) {
        Map<Action, Grant> row = table.get(category);
        if (row == null) {
          missing.add(role.roleName() + ": no row for " + category);
          continue;
        }
        for (Action action : Action.ON_DATA) {
          if (!row.containsKey(action)) {
            missing.add(role.roleName() + " / " + category + " / " + action + ": no cell");
          }
        }
      }
    }
    assertThat(missing).as("cells missing from %s", document).isEmpty();
  }

  @Test
  void everyCellIsTheGrantOfTheMatrix() {
    List<String> wrong = new ArrayList<>();
    cells.forEach(
        (role, table) ->
            table.forEach(
                (category, row) ->
                    row.forEach(
                        (action, written) -> {
                          Grant actual = AccessMatrix.grant(role, category, action);
                          if (written != actual) {
                            wrong.add(
                                String.format(
                                    "%s / %s / %s: the document says %s, AccessMatrix grants %s",
                                    role.roleName(),
                                    category,
                                    action,
                                    word(written),
                                    word(actual)));
                          }
                        })));
    assertThat(wrong).as("cells of %s that differ from AccessMatrix", document).isEmpty();
  }

  /** The document, found by walking up from the working directory. */
  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DOCUMENT);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "No " + DOCUMENT + " in " + Path.of("").toAbsolutePath() + " or a folder above it");
  }

  private static void parse(List<String> lines) {
    Optional<Role> role = Optional.empty();
    List<Action> columns = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String at = DOCUMENT + ":" + (i + 1) + ": ";
      if (line.startsWith("## ")) {
        String name = line.substring(3).strip();
        role = Role.fromRoleName(name);
        columns = null;
        if (role.isPresent() && cells.containsKey(role.get())) {
          problems.add(at + "a second table for " + name);
        }
        role.ifPresent(r -> cells.put(r, new EnumMap<>(DataCategory.class)));
        continue;
      }
      if (role.isEmpty() || !line.startsWith("|")) {
        if (!line.startsWith("|")) {
          columns = null; // a table ends at the first line that is not a row
        }
        continue;
      }
      List<String> parts = row(line);
      if (columns == null) {
        columns = new ArrayList<>();
        for (String header : parts.subList(1, parts.size())) {
          Optional<Action> action = enumValue(Action.class, header);
          if (action.isEmpty()) {
            problems.add(at + "column '" + header + "' is not an Action");
          }
          columns.add(action.orElse(null));
        }
        continue;
      }
      if (parts.stream().allMatch(p -> p.matches(":?-+:?"))) {
        continue; // the separator under the header
      }
      String roleName = role.get().roleName();
      Optional<DataCategory> category = enumValue(DataCategory.class, parts.get(0));
      if (category.isEmpty()) {
        problems.add(at + roleName + ": row '" + parts.get(0) + "' is not a DataCategory");
        continue;
      }
      if (parts.size() - 1 != columns.size()) {
        problems.add(
            at
                + roleName
                + " / "
                + category.get()
                + ": "
                + (parts.size() - 1)
                + " cells for "
                + columns.size()
                + " columns");
        continue;
      }
      Map<Action, Grant> grants = new EnumMap<>(Action.class);
      if (cells.get(role.get()).put(category.get(), grants) != null) {
        problems.add(at + roleName + ": a second row for " + category.get());
      }
      for (int c = 0; c < columns.size(); c++) {
        Action action = columns.get(c);
        String cell = parts.get(c + 1);
        Optional<Grant> grant = grant(cell);
        if (action == null) {
          continue;
        }
        if (grant.isEmpty()) {
          problems.add(
              at
                  + roleName
                  + " / "
                  + category.get()
                  + " / "
                  + action
                  + ": '"
                  + cell
                  + "' is not all, related or —");
        } else {
          grants.put(action, grant.get());
        }
      }
    }
  }

  private static List<String> row(String line) {
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
    String plain = name.replace("`", "").replace("*", "").strip();
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(plain)).findFirst();
  }

  private static Optional<Grant> grant(String cell) {
    switch (cell.replace("`", "").strip()) {
      case "all":
        return Optional.of(Grant.ANY);
      case "related":
        return Optional.of(Grant.RELATED);
      case "—":
        return Optional.of(Grant.NONE);
      default:
        return Optional.empty();
    }
  }

  private static String word(Grant grant) {
    switch (grant) {
      case ANY:
        return "all";
      case RELATED:
        return "related";
      default:
        return "—";
    }
  }
}
