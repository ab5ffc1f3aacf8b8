package io.paybridge.trustly.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Trustly's PostgreSQL-style timestamps with varying fractions and hour-only offsets. */
class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2014-01-30 13:28:45.652299+01, 2014-01-30T13:28:45.652299+01:00",
            "2015-03-12 15:14:18.61671+00, 2015-03-12T15:14:18.61671Z",
            "2018-11-16 12:52:22+00, 2018-11-16T12:52:22Z",
            "2020-06-01 10:00:00.1-03:30, 2020-06-01T10:00:00.1-03:30",
            "2020-06-01T10:00:00+02:00, 2020-06-01T10:00:00+02:00"})
    void parses(String text, String expected) {
        assertThat(Timestamps.parse(text)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "2014-01-30", "2014-01-30 13:28:45", "yesterday"})
    void isEmptyForOtherText(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }
}
