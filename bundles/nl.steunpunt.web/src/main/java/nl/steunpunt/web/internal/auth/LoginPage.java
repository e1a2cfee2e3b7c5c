package nl.steunpunt.web.internal.auth;

/**
 * The login page, in Dutch and English. Plain HTML with no script or inline style, so it works
 * under the strict Content-Security-Policy.
 */
final class LoginPage {

  private LoginPage() {}

  static String render(boolean failed) {
    String error =
        failed
            ? """
              <p role="alert" id="login-error">
                <span lang="nl">Gebruikersnaam of wachtwoord onjuist.</span>
                <span lang="en">The user name or password is not valid.</span>
              </p>
              """
            : "";
    return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Steunpunt — Inloggen / Log in</title>
        </head>
        <body>
          <main>
            <h1>Steunpunt</h1>
            %s
            <form method="post" action="/login">
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
        .formatted(error);
  }
}
