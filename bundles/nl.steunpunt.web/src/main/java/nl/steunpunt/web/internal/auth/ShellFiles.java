package nl.steunpunt.web.internal.auth;

import java.util.List;
import javax.servlet.http.HttpServletRequest;

/**
 * The shell's files a browser will need right after its login: the login page asks the browser to
 * fetch them ahead ({@code <link rel="prefetch">}) while the user types, so the first page after
 * the login finds them in its cache. Paths that never change their content (versioned), so what the
 * browser keeps stays right. The shell provides them (the {@code ui} package); the login only shows
 * them.
 *
 * <p>So these files, and only these, are open before the login: the shell's code, style sheet and
 * texts, the same for every user, with no user and no data in them. The shell's page, which carries
 * the user and their CSRF token, and every other path stay behind the login.
 */
public interface ShellFiles {

  /** The paths, for the browser that sent {@code request} (its language's texts, for one). */
  List<String> prefetch(HttpServletRequest request);

  /** Whether {@code path} is one of the files that may be fetched before the login. */
  boolean openBeforeLogin(String path);
}
