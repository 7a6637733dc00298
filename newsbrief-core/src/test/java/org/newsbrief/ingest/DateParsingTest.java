package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParsingTest {

    @ParameterizedTest
    @ValueSource(strings = {"2016-11-27", "2016-11-27T10:42:00+03:00", "2016-11-27T23:59:59Z",
        "Sun, 27 Nov 2016 10:00:00 GMT", "November 27, 2016", "Nov 27, 2016", "27 November 2016",
        "Sunday, November 27th, 2016 10:42 AM", "20161127"})
    void parsesCommonMetadataFormats(String value) {
        assertThat(DateParsing.parse(value)).contains(LocalDate.of(2016, 11, 27));
    }

    @Test
    void rejectsTextWithoutADate() {
        assertThat(DateParsing.parse("yesterday")).isEmpty();
        assertThat(DateParsing.parse("")).isEmpty();
        assertThat(DateParsing.parse(null)).isEmpty();
        assertThat(DateParsing.parse("2016-13-45")).isEmpty();
    }
}
