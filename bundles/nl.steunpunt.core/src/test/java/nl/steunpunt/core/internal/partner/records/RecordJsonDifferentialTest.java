package nl.steunpunt.core.internal.partner.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import nl.steunpunt.api.partner.PartnerContext;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordJson} against Jackson's strict parser on generated documents: RecordJson must accept
 * exactly what Jackson accepts with strict settings (no comments, NaN, leading zeros, trailing
 * commas or tokens; duplicate names refused), narrowed only by the limits RecordJson sets on
 * purpose: the top level is an object, no byte order mark, no lone surrogate (raw or escaped), at
 * most {@link RecordJson#MAX_DEPTH} levels (the size limit, {@link
 * PartnerContext#MAX_RECORD_BYTES}, is {@link RecordJsonTest}'s: these documents are small). The
 * documents come from a seeded generator (varied valid documents, and mutations of them that are
 * mostly not valid), so a failure is repeatable from the seed and the index it names.
 */
class RecordJsonDifferentialTest {

  private static final long SEED = 20_261_206L;
  private static final int VALID = 1_500;
  private static final int MUTATED = 6_000;

  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper TREES =
      JsonMapper.builder(STRICT).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** What Jackson makes of a document, and whether it falls under one of RecordJson's limits. */
  private record Verdict(boolean accepted, boolean outsideLimits) {

    boolean recordJsonShouldAccept() {
      return accepted && !outsideLimits;
    }
  }

  private static Verdict jackson(String text) {
    boolean outside = text.startsWith("\uFEFF") || hasLoneSurrogate(text);
    try (JsonParser parser = STRICT.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return new Verdict(false, outside);
      }
      outside |= token != JsonToken.START_OBJECT;
      int depth = 0;
      while (token != null) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
          outside |= depth > RecordJson.MAX_DEPTH;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          outside |= hasLoneSurrogate(parser.getText());
        }
        if (depth == 0) {
          // The root value is complete: anything after it but whitespace is trailing content.
          return new Verdict(parser.nextToken() == null, outside);
        }
        token = parser.nextToken();
      }
      return new Verdict(false, outside);
    } catch (IOException e) {
      return new Verdict(false, outside);
    }
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void acceptsEveryGeneratedValidDocumentAsJacksonReadsIt() throws IOException {
    Documents documents = new Documents(new Random(SEED));
    for (int i = 0; i < VALID; i++) {
      Documents.Generated generated = documents.object();
      String text = generated.text();
      assertThat(RecordJson.problem(text)).as("valid document %d: %s", i, text).isEmpty();
      // The document means what the generator meant: Jackson reads the generator's own tree.
      assertThat(TREES.readTree(text))
          .as("valid document %d: %s", i, text)
          .isEqualTo(generated.tree());
    }
  }

  @Test
  void acceptsExactlyWhatJacksonStrictAcceptsWithinItsLimits() {
    Documents documents = new Documents(new Random(SEED + 1));
    int accepted = 0;
    int refused = 0;
    int limits = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < MUTATED; i++) {
      String text = documents.mutated();
      Verdict jackson = jackson(text);
      boolean recordJson = RecordJson.problem(text).isEmpty();
      if (recordJson != jackson.recordJsonShouldAccept()) {
        disagreements.add(
            i + ": jackson " + jackson + ", RecordJson " + RecordJson.problem(text) + ": " + text);
      }
      if (jackson.accepted() && jackson.outsideLimits()) {
        limits++;
      } else if (jackson.accepted()) {
        accepted++;
      } else {
        refused++;
      }
    }
    assertThat(disagreements).isEmpty();
    // The generator must reach all three outcomes often, or the comparison proves little.
    assertThat(accepted).isGreaterThan(MUTATED / 10);
    assertThat(refused).isGreaterThan(MUTATED / 3);
    assertThat(limits).isGreaterThan(MUTATED / 50);
  }

  /** Generates JSON documents from a seeded random source: a text and the tree it stands for. */
  static final class Documents {

    record Generated(String text, JsonNode tree) {}

    private static final String[] NUMBERS = {
      "0",
      "-0",
      "1",
      "-1",
      "0.5",
      "-0.0",
      "1e5",
      "1E+5",
      "1e-5",
      "2.5E-3",
      "0e0",
      "-0E-0",
      "9223372036854775807",
      "-9223372036854775808",
      "9223372036854775808",
      "123456789012345678901234567890",
      "1.7976931348623157e308",
      "4.9e-324",
      "1e308",
      "12.34e+56"
    };
    private static final String[] ESCAPES = {
      "\\\"",
      "\\\\",
      "\\/",
      "\\b",
      "\\f",
      "\\n",
      "\\r",
      "\\t",
      "\\u0000",
      "\\u001f",
      "\\u00e9",
      "\\u00E9",
      "\\u20AC",
      "\\uFFFF",
      "\\ud83d\\ude00",
      "\\uD83D\\uDE00",
      "\\u2028"
    };
    private static final String[] CHARACTERS = {
      "a",
      "Z",
      "0",
      " ",
      "~",
      "\u007f",
      "\u0080",
      "\u00e9",
      "\u4e2d",
      "\u2028",
      "\uD83D\uDE00",
      "\uFFFD",
      "'",
      "/",
      "{",
      "]",
      ":",
      ","
    };
    private static final String[] WHITESPACE = {"", "", "", " ", "\t", "\n", "\r\n", "  "};

    private final Random random;

    /** Changes that make a document invalid, or hit a limit, or by chance change nothing. */
    private final List<UnaryOperator<String>> mutations = mutations();

    private List<UnaryOperator<String>> mutations() {
      return List.of(
          t -> insert(t, ","),
          t -> t.replaceFirst("}$", ",}"),
          t -> t.replace("]", ",]"),
          t -> t.replaceFirst("\\{", "{\"k\":1,\"k\":2,"),
          t -> t.replaceFirst("\\{", "{\"k\":1,\"\\\\u006b\":2,"),
          t -> t.replaceFirst("\\{", "{\"k\":1,\"\\u006b\":2,"),
          t -> t.replaceFirst("\\{", "{\"k\":{\"x\":1},\"x\":{\"x\":2},"),
          t -> insertInString(t, "\\x"),
          t -> insertInString(t, "\\a"),
          t -> insertInString(t, "\\'"),
          t -> insertInString(t, "\\u12G4"),
          t -> insertInString(t, "\\U0041"),
          t -> insertInString(t, "\\u00e"),
          t -> insertInString(t, "\\uD800"),
          t -> insertInString(t, "\\uDC00"),
          t -> insertInString(t, "\\uD800\\u0041"),
          t -> insertInString(t, "\\uDBFF\\uDFFF"),
          t -> insertInString(t, "\uD800"),
          t -> insertInString(t, "\uDC00\uD800"),
          t -> insertInString(t, "\u0001"),
          t -> insertInString(t, "\n"),
          t -> insertInString(t, "\u007f"),
          t -> t.replaceFirst(":", ":0"),
          t -> t.replaceFirst(":", ":-0"),
          t -> t.replaceFirst(":", ":00"),
          t -> t.replaceFirst(":", ":-"),
          t -> t.replaceFirst(":", ":+"),
          t -> t.replaceFirst(":", ":."),
          t -> t.replaceFirst(":", ":1."),
          t -> t.replaceFirst(":", ":1e"),
          t -> t.replaceFirst(":", ":NaN,\"q\":"),
          t -> t.replaceFirst(":", ":Infinity,\"q\":"),
          t -> t.replaceFirst(":", ":-Infinity,\"q\":"),
          t -> t.replaceFirst(":", ":tru"),
          t -> t.replaceFirst(":", ":nul"),
          t -> t.replaceFirst(":", ":True,\"q\":"),
          t -> t + "x",
          t -> t + " {}",
          t -> t + ",",
          t -> t + "\u0000",
          t -> t + " \t\r\n",
          t -> t + "\u000b",
          t -> t + "/* c */",
          t -> "/* c */" + t,
          t -> "\uFEFF" + t,
          t -> "[" + t + "]",
          t -> "\"" + t.length() + "\"",
          t -> String.valueOf(t.length()),
          t -> t.replaceFirst("\"", "'"),
          t -> t.replaceFirst("\"([^\"\\\\]*)\":", "$1:"),
          t -> t.replaceFirst(":", ""),
          t -> t.replaceFirst(",", ""),
          t -> t.substring(0, random.nextInt(t.length())),
          t -> t.substring(1),
          t -> insert(t, CHARACTERS[random.nextInt(CHARACTERS.length)]),
          t -> insert(t, String.valueOf((char) random.nextInt(0x80))),
          t -> delete(t),
          t -> nested(RecordJson.MAX_DEPTH - 1, t),
          t -> nested(RecordJson.MAX_DEPTH, t),
          t -> nested(RecordJson.MAX_DEPTH + random.nextInt(3), "{}"));
    }

    Documents(Random random) {
      this.random = random;
    }

    /** A valid document: an object of varied shape, with random whitespace between tokens. */
    Generated object() {
      StringBuilder text = new StringBuilder(space());
      JsonNode tree = object(text, 1 + random.nextInt(6));
      return new Generated(text.append(space()).toString(), tree);
    }

    /** A valid document changed by one to three mutations. */
    String mutated() {
      String text = object().text();
      int changes = 1 + random.nextInt(3);
      for (int i = 0; i < changes && !text.isEmpty(); i++) {
        text = mutations.get(random.nextInt(mutations.size())).apply(text);
      }
      return text;
    }

    private JsonNode object(StringBuilder text, int depth) {
      var node = TREES.createObjectNode();
      text.append('{').append(space());
      int members = depth <= 1 ? 0 : random.nextInt(5);
      for (int i = 0; i < members; i++) {
        if (i > 0) {
          text.append(',').append(space());
        }
        String name = i + "_" + random.nextInt(3);
        text.append('"').append(name).append('"').append(space()).append(':').append(space());
        node.set(name, value(text, depth - 1));
        text.append(space());
      }
      text.append('}');
      return node;
    }

    private JsonNode array(StringBuilder text, int depth) {
      var node = TREES.createArrayNode();
      text.append('[').append(space());
      int items = depth <= 1 ? 0 : random.nextInt(5);
      for (int i = 0; i < items; i++) {
        if (i > 0) {
          text.append(',').append(space());
        }
        node.add(value(text, depth - 1));
        text.append(space());
      }
      text.append(']');
      return node;
    }

    private JsonNode value(StringBuilder text, int depth) {
      switch (random.nextInt(depth > 1 ? 7 : 5)) {
        case 0 -> {
          String number = NUMBERS[random.nextInt(NUMBERS.length)];
          text.append(number);
          return read(number);
        }
        case 1 -> {
          return string(text);
        }
        case 2 -> {
          String literal = List.of("true", "false", "null").get(random.nextInt(3));
          text.append(literal);
          return read(literal);
        }
        case 3 -> {
          return string(text);
        }
        case 4 -> {
          String number = (random.nextBoolean() ? "-" : "") + (1 + random.nextInt(999_999));
          text.append(number);
          return read(number);
        }
        case 5 -> {
          return object(text, depth);
        }
        default -> {
          return array(text, depth);
        }
      }
    }

    /** A string of raw characters and escapes; its tree is the text Jackson reads back. */
    private JsonNode string(StringBuilder text) {
      StringBuilder literal = new StringBuilder("\"");
      int parts = random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        literal.append(
            random.nextBoolean()
                ? ESCAPES[random.nextInt(ESCAPES.length)]
                : CHARACTERS[random.nextInt(CHARACTERS.length)]);
      }
      literal.append('"');
      text.append(literal);
      return TREES.getNodeFactory().textNode(unescape(literal.toString()));
    }

    /** Decodes a generated string literal independently of Jackson, for the expected tree. */
    private static String unescape(String literal) {
      StringBuilder value = new StringBuilder();
      for (int i = 1; i < literal.length() - 1; i++) {
        char c = literal.charAt(i);
        if (c != '\\') {
          value.append(c);
          continue;
        }
        char e = literal.charAt(++i);
        switch (e) {
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            value.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> value.append(e);
        }
      }
      return value.toString();
    }

    private static JsonNode read(String scalar) {
      try {
        return TREES.readTree(scalar);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private String space() {
      return WHITESPACE[random.nextInt(WHITESPACE.length)];
    }

    private String insert(String text, String what) {
      int at = random.nextInt(text.length() + 1);
      return text.substring(0, at) + what + text.substring(at);
    }

    private String delete(String text) {
      int at = random.nextInt(text.length());
      return text.substring(0, at) + text.substring(at + 1);
    }

    /** Inserts right after an opening quote, so the text lands inside a string if there is one. */
    private String insertInString(String text, String what) {
      int quote = text.indexOf('"', random.nextInt(text.length()));
      return quote < 0
          ? text + what
          : text.substring(0, quote + 1) + what + text.substring(quote + 1);
    }

    /** The text as the innermost value of objects nested {@code levels} deep. */
    private static String nested(int levels, String inner) {
      return "{\"n\":".repeat(levels) + inner + "}".repeat(levels);
    }
  }
}
