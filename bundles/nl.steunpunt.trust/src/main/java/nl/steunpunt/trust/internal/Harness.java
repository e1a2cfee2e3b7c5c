package nl.steunpunt.trust.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The test harness setting ({@code steunpunt.trust.harness}): comma-separated symbolic-name globs
 * ({@code *} for any characters) of bundles a test framework installs beside the platform (Pax
 * Exam's probe, JUnit, AssertJ), treated as platform. Never set in a shipped distribution; while
 * set, the platform raises an alert.
 */
record Harness(List<String> globs, List<Pattern> patterns) {

  static final String PROPERTY = "steunpunt.trust.harness";

  static Harness parse(String setting) {
    List<String> globs =
        setting == null
            ? List.of()
            : Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(g -> !g.isEmpty())
                .toList();
    return new Harness(globs, globs.stream().map(Harness::pattern).toList());
  }

  boolean matches(String symbolicName) {
    return patterns.stream().anyMatch(p -> p.matcher(symbolicName).matches());
  }

  private static Pattern pattern(String glob) {
    return Pattern.compile(
        Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
  }
}
