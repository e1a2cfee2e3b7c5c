package nl.steunpunt.core.internal.partner.records;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.partner.PartnerContext;

/**
 * A strict syntax check of a partner's record document (RFC 8259), without a JSON library: the core
 * only stores the text, so it need not build a tree, but every consumer that later reads it (the
 * web's Jackson, PostgreSQL, a partner's parser) must read the same document.
 *
 * <p>Stricter than the RFC where it leaves room for parsers to disagree (RFC 7493, I-JSON): the top
 * level is an object; no byte order mark; member names unique within an object (compared after
 * unescaping); no lone surrogate, neither as a character of the text nor as a {@code \\uXXXX}
 * escape, because it has no UTF-8 form. At most {@link PartnerContext#MAX_RECORD_BYTES} bytes in
 * UTF-8 and {@link #MAX_DEPTH} nested objects and arrays. {@code \\u0000} is allowed: it is six
 * ASCII characters in the stored text. Messages name the offset, never the content.
 */
public final class RecordJson {

  /** How deep objects and arrays may nest; the top-level object is depth 1. */
  public static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private RecordJson(String text) {
    this.text = text;
  }

  /**
   * Refuses a document that is not a valid JSON object within the limits.
   *
   * @param field the field the document came in, for the error
   * @throws ValidationException naming what is wrong and where
   */
  public static void require(String field, String json) {
    problem(json)
        .ifPresent(
            p -> {
              throw ValidationException.of(field, p);
            });
  }

  /** What is wrong with the document; empty when it is a valid JSON object within the limits. */
  public static Optional<String> problem(String json) {
    if (json == null) {
      return Optional.of("is required");
    }
    Optional<String> size = sizeProblem(json);
    if (size.isPresent()) {
      return size;
    }
    try {
      new RecordJson(json).document();
      return Optional.empty();
    } catch (Malformed e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Counts the UTF-8 bytes, stopping early, and refuses a lone surrogate in the text itself. */
  private static Optional<String> sizeProblem(String json) {
    long bytes = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("contains a lone surrogate at offset " + i);
      } else {
        bytes += 3;
      }
      if (bytes > PartnerContext.MAX_RECORD_BYTES) {
        return Optional.of("is larger than " + PartnerContext.MAX_RECORD_BYTES + " bytes in UTF-8");
      }
    }
    return Optional.empty();
  }

  private void document() {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      throw fail("starts with a byte order mark");
    }
    whitespace();
    if (peek() != '{') {
      throw new Malformed("must be a JSON object");
    }
    object(1);
    whitespace();
    if (pos < text.length()) {
      throw fail("has more after the object");
    }
  }

  private void value(int depth) {
    int c = peek();
    switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          throw fail(c < 0 ? "ends where a value is expected" : "has no valid value");
        }
      }
    }
  }

  private void object(int depth) {
    nest(depth);
    pos++;
    whitespace();
    if (peek() == '}') {
      pos++;
      return;
    }
    Set<String> names = new HashSet<>();
    while (true) {
      if (peek() != '"') {
        throw fail("expects a member name");
      }
      int at = pos;
      if (!names.add(string())) {
        pos = at;
        throw fail("repeats a member name");
      }
      whitespace();
      expect(':');
      whitespace();
      value(depth);
      whitespace();
      if (peek() == ',') {
        pos++;
        whitespace();
      } else if (peek() == '}') {
        pos++;
        return;
      } else {
        throw fail("expects ',' or '}'");
      }
    }
  }

  private void array(int depth) {
    nest(depth);
    pos++;
    whitespace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      value(depth);
      whitespace();
      if (peek() == ',') {
        pos++;
        whitespace();
      } else if (peek() == ']') {
        pos++;
        return;
      } else {
        throw fail("expects ',' or ']'");
      }
    }
  }

  private void nest(int depth) {
    if (depth > MAX_DEPTH) {
      throw fail("nests deeper than " + MAX_DEPTH);
    }
  }

  /** Reads a string and returns its unescaped value (for member names). */
  private String string() {
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw fail("has an unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return value.toString();
      }
      if (c < 0x20) {
        throw fail("has a control character in a string");
      }
      if (c != '\\') {
        value.append(c);
        pos++;
        continue;
      }
      pos++;
      int e = peek();
      switch (e) {
        case '"', '\\', '/' -> value.append((char) e);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          pos--;
          value.append(unicodeEscape());
          continue;
        }
        default -> throw fail("has an invalid escape");
      }
      pos++;
    }
  }

  /** Reads {@code \\uXXXX}, or a surrogate pair of two of them, from the backslash on. */
  private String unicodeEscape() {
    int at = pos - 1;
    char first = hex4();
    if (!Character.isSurrogate(first)) {
      return String.valueOf(first);
    }
    if (Character.isHighSurrogate(first) && text.startsWith("\\u", pos)) {
      char second = hex4();
      if (Character.isLowSurrogate(second)) {
        return new String(new char[] {first, second});
      }
    }
    pos = at;
    throw fail("has a lone surrogate escape");
  }

  /** Reads the backslash, the {@code u} and four hex digits at the position. */
  private char hex4() {
    pos += 2;
    if (pos + 4 > text.length()) {
      throw fail("has an incomplete \\u escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos), 16);
      if (digit < 0 || text.charAt(pos) > 'f') {
        throw fail("has an invalid \\u escape");
      }
      value = value * 16 + digit;
      pos++;
    }
    return (char) value;
  }

  private void number() {
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (peek() >= '1' && peek() <= '9') {
      digits();
    } else {
      throw fail("has an invalid number");
    }
    if (peek() == '.') {
      pos++;
      requireDigit();
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      requireDigit();
      digits();
    }
  }

  private void requireDigit() {
    if (peek() < '0' || peek() > '9') {
      throw fail("has an invalid number");
    }
  }

  private void digits() {
    while (peek() >= '0' && peek() <= '9') {
      pos++;
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw fail("has no valid value");
    }
    pos += word.length();
  }

  private void expect(char c) {
    if (peek() != c) {
      throw fail("expects '" + c + "'");
    }
    pos++;
  }

  private void whitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** The character at the position, or -1 at the end. */
  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private Malformed fail(String what) {
    return new Malformed("is not valid JSON: " + what + " at offset " + pos);
  }

  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
