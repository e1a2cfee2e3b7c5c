package nl.steunpunt.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupInUserTextIsShownAsText() {
    assertThat(Html.escape("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(Html.escape("\"O'Brien\" & co")).isEqualTo("&quot;O&#39;Brien&quot; &amp; co");
  }
}
