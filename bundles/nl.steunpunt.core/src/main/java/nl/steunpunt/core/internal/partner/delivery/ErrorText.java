package nl.steunpunt.core.internal.partner.delivery;

import java.util.regex.Pattern;

/**
 * What is kept of a listener's failure: its type and message, with identifiers (UUIDs, long
 * numbers) blanked out and cut short. A partner's message could quote the event it failed on; the
 * cursor table and the log must not.
 */
final class ErrorText {

  static final int MAX = 200;

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern NUMBER = Pattern.compile("\\d{4,}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private ErrorText() {}

  static String of(Throwable failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    message = UUID.matcher(message).replaceAll("<id>");
    message = NUMBER.matcher(message).replaceAll("<n>");
    message = CONTROL.matcher(message).replaceAll(" ");
    String text = failure.getClass().getName() + (message.isBlank() ? "" : ": " + message.strip());
    return text.length() > MAX ? text.substring(0, MAX - 3) + "..." : text;
  }
}
