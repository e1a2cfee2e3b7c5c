package nl.steunpunt.partner.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplyTest {

  @Test
  void aDownloadKeepsTheAnswerAndNamesTheFile() {
    Reply reply = Reply.text("a,b\r\n", "text/csv; charset=utf-8").attachment("figures-2017.csv");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.isText()).isTrue();
    assertThat(reply.attachment()).contains("figures-2017.csv");
    assertThat(Reply.ok(Json.object()).attachment()).isEmpty();
  }

  @Test
  void aDownloadNameThatWouldNeedQuotingIsRefused() {
    assertThatThrownBy(() -> Reply.ok(Json.object()).attachment("a\"b.csv"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reply.ok(Json.object()).attachment("../x.csv"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
