package nl.steunpunt.core.internal.partner.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingTextTest {

  @Test
  void aSettingsPropertiesComeBackWithTheirTypes() {
    Map<String, Object> grant =
        Map.of(
            "partnerId",
            "gm0363",
            "organisation",
            "a=b, c\nd%",
            "municipalities",
            new String[] {"0363", "0457"},
            "categories",
            new String[0],
            "timeline",
            Boolean.TRUE,
            "count",
            7L,
            "small",
            3);

    Map<String, Object> back = SettingText.decode(SettingText.encode(grant));

    assertThat(SettingText.same(back, grant)).isTrue();
    assertThat(back.get("municipalities")).isInstanceOf(String[].class);
    assertThat(back.get("timeline")).isEqualTo(true);
    assertThat(back.get("organisation")).isEqualTo("a=b, c\nd%");
    assertThat(SettingText.encode(grant)).as("one line per property").hasLineCount(7);
  }

  @Test
  void configurationAdminsBookkeepingStaysOnItsNodeAndListsAreArrays() {
    Hashtable<String, Object> configured = new Hashtable<>();
    configured.put("symbolicName", "nl.steunpunt.partner.police");
    configured.put("municipalities", List.of("0363"));
    configured.put("service.pid", "nl.steunpunt.partners.allow.1");
    configured.put("service.factoryPid", "nl.steunpunt.partners.allow");
    configured.put("felix.fileinstall.filename", "file:/opt/steunpunt/etc/x.cfg");

    Map<String, Object> setting = SettingText.of(configured);

    assertThat(setting).containsOnlyKeys("symbolicName", "municipalities");
    assertThat((String[]) setting.get("municipalities")).containsExactly("0363");
  }

  @Test
  void anyDifferentMissingOrNewValueIsAChange() {
    Map<String, Object> before = Map.of("municipalities", new String[] {"0363"});

    assertThat(SettingText.same(before, Map.of("municipalities", List.of("0363")))).isTrue();
    assertThat(SettingText.same(before, Map.of("municipalities", new String[] {"0599"}))).isFalse();
    assertThat(
            SettingText.same(
                before, Map.of("municipalities", new String[] {"0363"}, "timeline", false)))
        .isFalse();
    assertThat(SettingText.same(before, Map.of())).isFalse();
  }

  @Test
  void aDamagedTextIsRefused() {
    assertThatThrownBy(() -> SettingText.decode("partnerId"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SettingText.decode("partnerId=x:1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
