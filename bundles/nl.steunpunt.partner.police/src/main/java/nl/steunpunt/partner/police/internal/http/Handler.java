package nl.steunpunt.partner.police.internal.http;

import java.io.IOException;

/** Answers one route. */
@FunctionalInterface
public interface Handler {

  Reply handle(Call call) throws IOException;
}
