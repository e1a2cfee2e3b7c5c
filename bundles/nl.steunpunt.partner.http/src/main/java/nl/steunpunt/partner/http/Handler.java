package nl.steunpunt.partner.http;

import java.io.IOException;

/** Answers one route. */
@FunctionalInterface
public interface Handler {

  Reply handle(Call call) throws IOException;
}
