package nl.steunpunt.core.internal.partner.grants;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A grant's or allow-list entry's configuration properties as the database keeps them: one line per
 * property, sorted, {@code name=type:value} with the value URL-encoded (type {@code s} string,
 * {@code b} boolean, {@code l} long, {@code i} integer, {@code a} string array with its elements
 * comma-separated). Configuration Admin's own bookkeeping is left out: it belongs to one node.
 */
public final class SettingText {

  /** Properties of one node's configuration, never copied between nodes. */
  public static final Set<String> BOOKKEEPING =
      Set.of(
          "service.pid",
          "service.factoryPid",
          "service.bundleLocation",
          "felix.fileinstall.filename",
          "org.apache.karaf.features.configKey");

  private SettingText() {}

  /** The properties a setting is made of, without the bookkeeping; lists become arrays. */
  public static Map<String, Object> of(Dictionary<String, Object> properties) {
    Map<String, Object> values = new TreeMap<>();
    if (properties != null) {
      for (String key : Collections.list(properties.keys())) {
        if (!BOOKKEEPING.contains(key)) {
          values.put(key, normal(properties.get(key)));
        }
      }
    }
    return values;
  }

  /**
   * As {@link #of(Dictionary)}, for the properties a component is activated with: without what
   * Declarative Services adds ({@code component.name}, {@code component.id}, {@code
   * osgi.ds.satisfying.condition.target} and whatever later versions add under those prefixes).
   */
  static Map<String, Object> ofComponent(Map<String, ?> properties) {
    Map<String, Object> values = new TreeMap<>();
    properties.forEach(
        (key, value) -> {
          if (!BOOKKEEPING.contains(key)
              && !key.startsWith("component.")
              && !key.startsWith("osgi.ds.")) {
            values.put(key, normal(value));
          }
        });
    return values;
  }

  public static String encode(Map<String, Object> properties) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(properties)
        .forEach(
            (key, raw) -> {
              Object value = normal(raw);
              text.append(encoded(key)).append('=');
              if (value instanceof Boolean b) {
                text.append("b:").append(b);
              } else if (value instanceof Long l) {
                text.append("l:").append(l);
              } else if (value instanceof Integer i) {
                text.append("i:").append(i);
              } else if (value instanceof String[] values) {
                text.append("a:");
                for (int n = 0; n < values.length; n++) {
                  text.append(n == 0 ? "" : ",").append(encoded(values[n]));
                }
              } else {
                text.append("s:").append(encoded(String.valueOf(value)));
              }
              text.append('\n');
            });
    return text.toString();
  }

  public static Map<String, Object> decode(String text) {
    Map<String, Object> values = new TreeMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 1 || line.length() < equals + 3 || line.charAt(equals + 2) != ':') {
        throw new IllegalArgumentException("not a setting line");
      }
      String key = decoded(line.substring(0, equals));
      String value = line.substring(equals + 3);
      values.put(
          key,
          switch (line.charAt(equals + 1)) {
            case 'b' -> Boolean.valueOf(value);
            case 'l' -> Long.valueOf(value);
            case 'i' -> Integer.valueOf(value);
            case 'a' ->
                value.isEmpty()
                    ? new String[0]
                    : Arrays.stream(value.split(",", -1))
                        .map(SettingText::decoded)
                        .toArray(String[]::new);
            case 's' -> decoded(value);
            default -> throw new IllegalArgumentException("unknown type of a setting's value");
          });
    }
    return values;
  }

  /** Whether two settings' properties are the same, arrays compared by their elements. */
  public static boolean same(Map<String, Object> a, Map<String, Object> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (String key : a.keySet()) {
      if (!Objects.deepEquals(normal(a.get(key)), normal(b.get(key)))) {
        return false;
      }
    }
    return true;
  }

  private static Object normal(Object value) {
    if (value instanceof Collection<?> list) {
      List<String> texts = new ArrayList<>();
      list.forEach(v -> texts.add(String.valueOf(v)));
      return texts.toArray(String[]::new);
    }
    if (value instanceof Object[] array && !(value instanceof String[])) {
      return Arrays.stream(array).map(String::valueOf).toArray(String[]::new);
    }
    return value;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decoded(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
