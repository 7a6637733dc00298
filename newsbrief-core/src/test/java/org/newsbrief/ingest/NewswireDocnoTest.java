package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewswireDocnoTest {

    @Test
    void eightDigitsAfterThePrefixAreYearMonthDay() {
        assertThat(NewswireDocno.date("APW19981016.0240")).contains(LocalDate.of(1998, 10, 16));
        assertThat(NewswireDocno.date("XIE19980304.0061")).contains(LocalDate.of(1998, 3, 4));
    }

    @Test
    void gigawordLanguagePartIsSkipped() {
        assertThat(NewswireDocno.date("AFP_ENG_20050101.0001")).contains(LocalDate.of(2005, 1, 1));
        assertThat(NewswireDocno.outlet("AFP_ENG_20050101.0001")).contains("Agence France-Presse");
    }

    @Test
    void sixDigitsAreReadOnlyForTheTrecSourcesThatWriteThem() {
        assertThat(NewswireDocno.date("AP880212-0001")).contains(LocalDate.of(1988, 2, 12));
        assertThat(NewswireDocno.date("WSJ870324-0001")).contains(LocalDate.of(1987, 3, 24));
        assertThat(NewswireDocno.date("LA010189-0001")).contains(LocalDate.of(1989, 1, 1));
        assertThat(NewswireDocno.date("ZZ880212-0001")).isEmpty();
    }

    @Test
    void numbersThatAreNotDatesGiveNoDate() {
        assertThat(NewswireDocno.date("FT911-1")).isEmpty();
        assertThat(NewswireDocno.date("FBIS3-1")).isEmpty();
        assertThat(NewswireDocno.date("APW19981399.0001")).isEmpty();
        assertThat(NewswireDocno.date("12345678")).isEmpty();
    }

    @Test
    void prefixNamesTheOutletAndUnknownPrefixesStayAsWritten() {
        assertThat(NewswireDocno.outlet("APW19981016.0240")).contains("Associated Press");
        assertThat(NewswireDocno.outlet("NYT19981017.0177")).contains("New York Times");
        assertThat(NewswireDocno.outlet("XIE19980304.0061")).contains("Xinhua");
        assertThat(NewswireDocno.outlet("SJMN91-06001001")).contains("SJMN");
        assertThat(NewswireDocno.outlet("0001")).isEmpty();
    }
}
