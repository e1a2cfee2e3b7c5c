package nl.steunpunt.core.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerConfigsTest {

  @Test
  void theSameValuesAgainAreUnchangedSoTheEntryIsNotRewritten() {
    Hashtable<String, Object> before = new Hashtable<>();
    before.put("symbolicName", "nl.steunpunt.partner.police");
    before.put("municipalities", new String[] {"0363", "0457"});
    before.put("timeline", Boolean.TRUE);
    before.put("felix.fileinstall.filename", "file:/opt/steunpunt/etc/x.cfg");

    assertThat(
            PartnerConfigs.unchanged(
                before,
                Map.of(
                    "symbolicName",
                    "nl.steunpunt.partner.police",
                    "municipalities",
                    new String[] {"0363", "0457"},
                    "timeline",
                    Boolean.TRUE)))
        .isTrue();
    assertThat(
            PartnerConfigs.unchanged(
                before, Map.of("municipalities", List.of("0363", "0457"), "timeline", true)))
        .isTrue();
  }

  @Test
  void anyDifferentOrNewValueIsAChange() {
    Hashtable<String, Object> before = new Hashtable<>();
    before.put("municipalities", new String[] {"0363"});

    assertThat(PartnerConfigs.unchanged(before, Map.of("municipalities", new String[] {"0599"})))
        .isFalse();
    assertThat(PartnerConfigs.unchanged(before, Map.of("timeline", Boolean.FALSE))).isFalse();
  }
}
