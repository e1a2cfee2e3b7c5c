package nl.steunpunt.partner.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import nl.steunpunt.api.partner.PartnerContext;

/**
 * Reads request bodies: JSON objects only, at most 64 KiB, through a mapper of this bundle that
 * builds trees only (no binding to classes, so no polymorphic typing of any kind) and refuses
 * duplicate names, deep nesting and trailing content.
 */
public final class JsonBodies {

  /** The largest body accepted, the size of a partner record. */
  public static final int MAX_BYTES = PartnerContext.MAX_RECORD_BYTES;

  /** The mapper of this bundle: trees only, with limits. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(16)
                          .maxNumberLength(32)
                          .maxStringLength(MAX_BYTES)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonBodies() {}

  /**
   * Reads a body as a JSON object.
   *
   * @param contentType the Content-Type header, or null
   * @param contentLength the declared length, or -1 when unknown
   * @param in the body
   * @return the object
   * @throws ProblemException 415 for another media type, 413 for a body over {@link #MAX_BYTES},
   *     400 for anything that is not one JSON object
   */
  public static ObjectNode read(String contentType, long contentLength, InputStream in)
      throws IOException {
    if (!isJson(contentType)) {
      throw new ProblemException(
          415, "Unsupported Media Type", "The body must be JSON (Content-Type application/json).");
    }
    if (contentLength > MAX_BYTES) {
      throw tooLarge();
    }
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw new ProblemException(400, "Bad Request", "The body is not valid JSON.");
    }
    if (tree == null || !tree.isObject()) {
      throw new ProblemException(400, "Bad Request", "The body must be a JSON object.");
    }
    return (ObjectNode) tree;
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json");
  }

  private static ProblemException tooLarge() {
    return new ProblemException(
        413, "Content Too Large", "The body is larger than " + MAX_BYTES + " bytes.");
  }
}
