package nl.steunpunt.web.internal.auth;

import java.util.Optional;
import nl.steunpunt.web.internal.http.Html;

/**
 * The login page, in Dutch and English. Plain HTML with no inline script or style, so it works
 * under the strict Content-Security-Policy. Its one script ({@code /login.js}) keeps the shell's
 * route to return to and logs in in place; the form works without it.
 */
final class LoginPage {

  private LoginPage() {}

  /** What the page tells above the form. */
  enum Notice {
    NONE,
    FAILED,
    LOCKED,
    /** The login realm could not check the password: nothing is known about it. */
    UNAVAILABLE
  }

  static String render(Notice notice) {
    return render(notice, Optional.empty());
  }

  /** The page, with the path to return to after the login in a hidden field. */
  static String render(Notice notice, Optional<String> returnTo) {
    String back =
        returnTo
            .map(
                path ->
                    "<input type=\"hidden\" name=\""
                        + BrowserRequests.RETURN_PARAMETER
                        + "\" value=\""
                        + Html.escape(path)
                        + "\">")
            .orElse("");
    String error =
        switch (notice) {
          case NONE -> "";
          case FAILED ->
              """
              <p role="alert" id="login-error">
                <span lang="nl">Gebruikersnaam of wachtwoord onjuist.</span>
                <span lang="en">The user name or password is not valid.</span>
              </p>
              """;
          case LOCKED ->
              """
              <p role="alert" id="login-locked">
                <span lang="nl">Te veel mislukte pogingen om in te loggen. Probeer het later
                  opnieuw.</span>
                <span lang="en">Too many failed attempts to log in. Try again later.</span>
              </p>
              """;
          case UNAVAILABLE ->
              """
              <p role="alert" id="login-unavailable">
                <span lang="nl">Inloggen kan op dit moment niet worden gecontroleerd. Probeer het
                  zo opnieuw.</span>
                <span lang="en">Logins cannot be checked at the moment. Try again shortly.</span>
              </p>
              """;
        };
    return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Steunpunt — Inloggen / Log in</title>
          <script src="/login.js" defer></script>
        </head>
        <body>
          <main>
            <h1>Steunpunt</h1>
            %s
            <form method="post" action="/login">
              %s
              <p>
                <label for="username">Gebruikersnaam <span lang="en">/ User name</span></label>
                <input id="username" name="username" autocomplete="username" required>
              </p>
              <p>
                <label for="password">Wachtwoord <span lang="en">/ Password</span></label>
                <input id="password" name="password" type="password"
                       autocomplete="current-password" required>
              </p>
              <p><button type="submit">Inloggen <span lang="en">/ Log in</span></button></p>
            </form>
          </main>
        </body>
        </html>
        """
        .formatted(error, back);
  }
}
