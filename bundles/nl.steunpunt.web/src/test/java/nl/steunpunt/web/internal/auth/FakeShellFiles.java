package nl.steunpunt.web.internal.auth;

import java.util.List;
import javax.servlet.http.HttpServletRequest;

/** Shell files for tests: these paths are prefetched and open before the login, no others. */
record FakeShellFiles(List<String> paths) implements ShellFiles {

  @Override
  public List<String> prefetch(HttpServletRequest request) {
    return paths;
  }

  @Override
  public boolean openBeforeLogin(String path) {
    return paths.contains(path);
  }
}
