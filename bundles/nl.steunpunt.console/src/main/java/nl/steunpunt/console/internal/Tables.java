package nl.steunpunt.console.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * The console's tables, drawn by Karaf's {@link ShellTable} like its own commands' (widths, a
 * header line, {@code --no-format} for scripts). In ASCII always: the text is the same in every
 * terminal, log and script that reads it, whatever its charset.
 */
final class Tables {

  private Tables() {}

  static ShellTable table() {
    return new ShellTable().forceAscii();
  }

  /**
   * The table's text without a trailing line break or trailing blanks. Formatted, with a header and
   * {@code |} between columns; plain ({@code format} false), rows only, columns separated by a tab.
   */
  static String text(ShellTable table, boolean format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      table.print(out, StandardCharsets.UTF_8, format);
    }
    return bytes
        .toString(StandardCharsets.UTF_8)
        .lines()
        .map(String::stripTrailing)
        .collect(Collectors.joining("\n"));
  }
}
