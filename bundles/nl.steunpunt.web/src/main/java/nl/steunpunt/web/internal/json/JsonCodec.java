package nl.steunpunt.web.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import nl.steunpunt.partner.http.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one configured Jackson {@link ObjectMapper} of the platform, with explicit limits on what a
 * request body may contain. No default typing: a body can never name a class to instantiate.
 */
@Component(service = JsonCodec.class, configurationPid = "nl.steunpunt.web.json")
@Designate(ocd = JsonCodec.Config.class)
public final class JsonCodec {

  @ObjectClassDefinition(name = "Steunpunt JSON limits")
  public @interface Config {
    @AttributeDefinition(description = "Largest request body accepted, in bytes.", min = "1024")
    int maxBodyBytes() default 1_048_576;

    @AttributeDefinition(description = "Deepest nesting of arrays and objects.", min = "1")
    int maxNestingDepth() default 32;

    @AttributeDefinition(description = "Longest string value, in characters.", min = "1")
    int maxStringLength() default 100_000;

    @AttributeDefinition(description = "Longest number, in characters.", min = "1")
    int maxNumberLength() default 32;
  }

  /** The mapper and the body limit it was built with: replaced together, read together. */
  private record Limits(ObjectMapper mapper, int maxBodyBytes) {}

  /**
   * Applied in place when the operator changes them ({@link #modified}): every servlet holds this
   * service, and re-creating it would take every API path away for a moment.
   */
  private volatile Limits limits;

  private static final Logger LOG = LoggerFactory.getLogger(JsonCodec.class);

  @Activate
  public JsonCodec(Config config) {
    this.limits = limits(config);
  }

  public JsonCodec(
      int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this.limits = limits(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * New limits from Configuration Admin, for the requests that start after this. Limits the codec
   * cannot take (a negative one) change nothing: the old ones stay, and the log says why. (At
   * activation they fail the component, as before.)
   */
  @Modified
  void modified(Config config) {
    try {
      this.limits = limits(config);
    } catch (IllegalArgumentException e) {
      LOG.error("The JSON limits were not changed: {}", e.getMessage());
    }
  }

  private static Limits limits(Config config) {
    return limits(
        config.maxBodyBytes(),
        config.maxNestingDepth(),
        config.maxStringLength(),
        config.maxNumberLength());
  }

  private static Limits limits(
      int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(maxBodyBytes)
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNumberLength(maxNumberLength)
            .maxNameLength(1_000)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    ObjectMapper mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // Strict types: no enum by index, no "12" for a number, no 12 for a string.
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    return new Limits(mapper, maxBodyBytes);
  }

  /** The largest request body accepted, in bytes. */
  public int maxBodyBytes() {
    return limits.maxBodyBytes();
  }

  /**
   * Reads a request body.
   *
   * @param body the body
   * @param declaredLength the Content-Length, or -1 when unknown
   * @throws ProblemException 413 when the body is too large, 400 when it is not the expected JSON
   */
  public <T> T read(InputStream body, long declaredLength, Class<T> type) {
    Limits current = limits;
    int maxBodyBytes = current.maxBodyBytes();
    if (declaredLength > maxBodyBytes) {
      throw tooLarge(maxBodyBytes);
    }
    try (InputStream limited = new LimitedInputStream(body, maxBodyBytes)) {
      T value = current.mapper().readValue(limited, type);
      if (value == null) {
        throw ProblemException.badRequest("The request body is empty.");
      }
      return value;
    } catch (LimitedInputStream.LimitExceeded e) {
      throw tooLarge(maxBodyBytes);
    } catch (StreamConstraintsException e) {
      throw ProblemException.badRequest("The request body exceeds a limit of this service.");
    } catch (UnrecognizedPropertyException e) {
      throw BindingProblems.unknownField(e);
    } catch (MismatchedInputException e) {
      throw BindingProblems.mismatch(e);
    } catch (JacksonException e) {
      // Jackson's message may quote the input; only its kind is told.
      throw ProblemException.badRequest("The request body is not valid JSON of the expected form.");
    } catch (IOException e) {
      throw ProblemException.badRequest("The request body could not be read.");
    }
  }

  /** The 413 of a request body larger than {@code limit} bytes. */
  public static ProblemException tooLarge(long limit) {
    return new ProblemException(
        413, "Payload Too Large", "The request body is larger than " + limit + " bytes.");
  }

  /** Writes a value as JSON. */
  public void write(OutputStream out, Object value) throws IOException {
    limits.mapper().writeValue(out, value);
  }

  /** Writes a value as a JSON string. */
  public String writeString(Object value) {
    try {
      return limits.mapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }
}
