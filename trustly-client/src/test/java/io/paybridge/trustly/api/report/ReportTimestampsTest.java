package io.paybridge.trustly.api.report;

import io.paybridge.trustly.api.Timestamps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's fast timestamp reading agrees with {@link Timestamps} on every shape, and refuses what it refuses. */
class ReportTimestampsTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2014-03-31 11:50:06.46106+00", "2018-11-16 12:52:22.293626+00", "2018-11-16 12:52:22+00",
            "2014-01-30 13:28:45.652299+01", "2020-02-29 23:59:59.123456789-05:30", "2020-02-29 23:59:59.1+05",
            "2014-03-31T11:50:06.46106Z", "2014-03-31T11:50:06+02:00", " 2014-03-31 11:50:06+00"})
    void readsWhatTimestampsReads(String text) {
        assertThat(ReportTimestamps.parse(text)).isNotNull().isEqualTo(Timestamps.parse(text).orElseThrow());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2014-03-31 11:50:06", "2014-03-31 24:50:06+00",
            "2014-03-31 11:50:06.1234567890+00", "yesterday", "2014-03-31 11:5a:06+00", "2014-03-31 11:50:06+00x"})
    void refusesWhatIsNoTimestamp(String text) {
        assertThat(ReportTimestamps.parse(text)).isNull();
        assertThat(Timestamps.parse(text)).isEmpty();
    }
}
