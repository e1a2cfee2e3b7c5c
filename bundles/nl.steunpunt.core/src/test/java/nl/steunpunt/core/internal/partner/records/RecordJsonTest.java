package nl.steunpunt.core.internal.partner.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.steunpunt.api.common.ValidationException;
import nl.steunpunt.api.partner.PartnerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        " \t\r\n{ } \n",
        "{\"a\":1}",
        "{\"a\":[],\"b\":{},\"c\":[1,\"x\",true,false,null,{\"d\":[]}]}",
        "{\"n\":[0,-0,1,-1,10,1.5,-0.25,1e5,1E+5,1e-5,0.0e0,123456789012345678901234567890]}",
        "{\"s\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00E9 \\u0000\"}",
        "{\"pair\":\"\\ud83d\\ude00\"}",
        "{\"raw\":\"caf\u00e9 \uD83D\uDE00 \u20ac\"}",
        "{\"\":0}",
        "{\"a\" : 1 , \"b\" : [ 1 , 2 ] }",
        "{\"a\":{\"a\":{\"a\":1}}}",
        "{\"del\":\"\u007f\"}"
      })
  void acceptsValidObjects(String json) {
    assertThat(RecordJson.problem(json)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[]",
        "\"text\"",
        "1",
        "true",
        "null",
        "{",
        "}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" 1}",
        "{a:1}",
        "{'a':1}",
        "{\"a\":1,}",
        "{,}",
        "{\"a\":[1,]}",
        "{\"a\":[,1]}",
        "{\"a\":[1 2]}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":01}",
        "{\"a\":-01}",
        "{\"a\":+1}",
        "{\"a\":.5}",
        "{\"a\":1.}",
        "{\"a\":1.e5}",
        "{\"a\":1e}",
        "{\"a\":1e+}",
        "{\"a\":-}",
        "{\"a\":0x10}",
        "{\"a\":NaN}",
        "{\"a\":Infinity}",
        "{\"a\":-Infinity}",
        "{\"a\":tru}",
        "{\"a\":True}",
        "{\"a\":nul}",
        "{\"a\":undefined}",
        "{\"a\":\"unterminated}",
        "{\"a\":\"bad \\x escape\"}",
        "{\"a\":\"bad \\u12 escape\"}",
        "{\"a\":\"bad \\u12G4 escape\"}",
        "{\"a\":\"bad \\U00e9 escape\"}",
        "{\"a\":\"tab\tinside\"}",
        "{\"a\":\"newline\ninside\"}",
        "{\"a\":\"nul\u0000inside\"}",
        "{\"a\":1} x",
        "{\"a\":1}{}",
        "{\"a\":1}}",
        "{}\u0000",
        "\u00a0{}",
        "{\"a\":1}\u000b",
        "// c\n{}",
        "{/* c */}",
        "\uFEFF{}"
      })
  void refusesWhatIsNotAStrictJsonObject(String json) {
    assertThat(RecordJson.problem(json)).isPresent();
  }

  @Test
  void refusesANonAsciiDigitInAUnicodeEscape() {
    assertThat(RecordJson.problem("{\"a\":\"\\u00\u0663\u0663\"}")).isPresent();
  }

  @Test
  void refusesARepeatedMemberNameAlsoWhenSpelledWithEscapes() {
    assertThat(RecordJson.problem("{\"a\":1,\"a\":2}"))
        .contains("is not valid JSON: repeats a member name at offset 7");
    assertThat(RecordJson.problem("{\"a\":1,\"\\u0061\":2}")).isPresent();
    assertThat(RecordJson.problem("{\"a\":{\"a\":1},\"b\":{\"a\":1}}")).isEmpty();
  }

  @Test
  void refusesLoneSurrogatesAsEscapesAndAsCharacters() {
    assertThat(RecordJson.problem("{\"a\":\"\\ud83d\"}")).isPresent();
    assertThat(RecordJson.problem("{\"a\":\"\\ude00\"}")).isPresent();
    assertThat(RecordJson.problem("{\"a\":\"\\ud83d\\u0041\"}")).isPresent();
    assertThat(RecordJson.problem("{\"a\":\"\\ud83dx\"}")).isPresent();
    assertThat(RecordJson.problem("{\"a\":\"\\ude00\\ud83d\"}")).isPresent();
    assertThat(RecordJson.problem("{\"a\":\"\uD83D\"}"))
        .contains("contains a lone surrogate at offset 6");
    assertThat(RecordJson.problem("{\"a\":\"\uDE00\uD83D\"}")).isPresent();
  }

  @Test
  void acceptsNestingUpToTheLimitAndRefusesOneDeeper() {
    assertThat(RecordJson.problem(nested(RecordJson.MAX_DEPTH))).isEmpty();
    assertThat(RecordJson.problem(nested(RecordJson.MAX_DEPTH + 1)))
        .hasValueSatisfying(p -> assertThat(p).contains("nests deeper than 64"));
  }

  @Test
  void refusesVeryDeepNestingWithoutOverflowingTheStack() {
    String deep = "{\"a\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}";
    assertThat(RecordJson.problem(deep)).isPresent();
  }

  @Test
  void acceptsExactlyTheLargestSizeInUtf8Bytes() {
    String exact = padded(PartnerContext.MAX_RECORD_BYTES, "x");
    assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(PartnerContext.MAX_RECORD_BYTES);
    assertThat(RecordJson.problem(exact)).isEmpty();
    assertThat(RecordJson.problem(padded(PartnerContext.MAX_RECORD_BYTES + 1, "x")))
        .contains("is larger than 65536 bytes in UTF-8");
  }

  @Test
  void countsMultiByteCharactersBySizeInUtf8NotByLength() {
    // 3 bytes each: a document of fewer than 64 Ki characters is still too large.
    String euros = "{\"a\":\"" + "\u20ac".repeat(PartnerContext.MAX_RECORD_BYTES / 3) + "\"}";
    assertThat(euros.length()).isLessThan(PartnerContext.MAX_RECORD_BYTES);
    assertThat(RecordJson.problem(euros)).contains("is larger than 65536 bytes in UTF-8");
    String emoji = "{\"a\":\"" + "\uD83D\uDE00".repeat(16_000) + "\"}";
    assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isEqualTo(64_008);
    assertThat(RecordJson.problem(emoji)).isEmpty();
  }

  @Test
  void failsWithAValidationErrorOnTheFieldThatNeverEchoesTheDocument() {
    assertThatThrownBy(() -> RecordJson.require("json", "{\"bsn\":\"123456782\",}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              assertThat(e.errors().get(0).field()).isEqualTo("json");
              assertThat(e.getMessage()).doesNotContain("123456782").doesNotContain("bsn");
            });
  }

  @Test
  void refusesAMissingDocument() {
    assertThatThrownBy(() -> RecordJson.require("json", null))
        .isInstanceOf(ValidationException.class);
  }

  private static String nested(int depth) {
    // The top-level object is depth 1; each array adds one.
    return "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }

  /** A document {"a":"xxx…"} of exactly the given number of UTF-8 bytes. */
  private static String padded(int bytes, String filler) {
    return "{\"a\":\"" + filler.repeat(bytes - 8) + "\"}";
  }
}
