package nl.steunpunt.core.internal.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import nl.steunpunt.api.family.Municipality;
import org.junit.jupiter.api.Test;

class MunicipalityRegisterTest {

  private static final String HEADER = MunicipalityCsv.HEADER + "\n";

  @Test
  void theShippedListHasTheCurrentMunicipalitiesAfterTheMergers() throws IOException {
    CsvMunicipalityRegister register = CsvMunicipalityRegister.shipped();

    assertThat(register.find("0363").map(Municipality::name)).contains("Amsterdam");
    // 345 of 2022, Weesp into Amsterdam, three into Voorne aan Zee (1992).
    assertThat(register.all()).hasSize(345 - 4 + 1);
    assertThat(register.find("0820").map(Municipality::name))
        .contains("Nuenen, Gerwen en Nederwetten");
  }

  @Test
  void aMergedMunicipalityIsReachableThroughItsSuccessor() throws IOException {
    CsvMunicipalityRegister register = CsvMunicipalityRegister.shipped();

    assertThat(register.find("0457")).isPresent();
    assertThat(register.current("0457").map(Municipality::name)).contains("Amsterdam");
    assertThat(register.current("0530").map(Municipality::code)).contains("1992");
    assertThat(register.all()).extracting(Municipality::code).doesNotContain("0457", "0530");
    assertThat(register.predecessors("1992"))
        .extracting(Municipality::code)
        .containsExactly("0501", "0530", "0614");
    assertThat(register.predecessors("0344")).isEmpty();
  }

  @Test
  void anUnknownCodeIsNotFound() throws IOException {
    CsvMunicipalityRegister register = CsvMunicipalityRegister.shipped();

    assertThat(register.find("9999")).isEmpty();
    assertThat(register.current("9999")).isEmpty();
    assertThat(register.find(null)).isEmpty();
  }

  @Test
  void successorsAreFollowedOverSeveralMergers() throws IOException {
    var list =
        MunicipalityCsv.read(
            new StringReader(HEADER + "0001,A,VR01,0002\n0002,B,VR01,0003\n0003,C,VR01,\n"));

    assertThat(new CsvMunicipalityRegister(list).current("0001").map(Municipality::name))
        .contains("C");
  }

  @Test
  void aListWithAnyErrorIsRefusedAsAWhole() {
    assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader("code,name\n")))
        .hasMessageContaining("first line");
    assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(HEADER + "363,A,VR01,\n")))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(HEADER + "0363,A,VR26,\n")))
        .hasMessageContaining("safety region");
    assertThatThrownBy(
            () -> MunicipalityCsv.read(new StringReader(HEADER + "0363,A,VR01,\n0363,B,VR01,\n")))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(HEADER + "0001,A,VR01,0002\n")))
        .hasMessageContaining("unknown code");
    assertThatThrownBy(
            () ->
                MunicipalityCsv.read(
                    new StringReader(HEADER + "0001,A,VR01,0002\n0002,B,VR01,0001\n")))
        .hasMessageContaining("cycle");
    assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(HEADER + "0001,\"A,VR01,\n")))
        .hasMessageContaining("quote");
  }
}
