package io.paybridge.contracts.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventsTest {

    @Test
    void headersCarryTheRecordsIdTypeSourceAndTimeInOrder() {
        Map<String, String> headers = CloudEvents.headers(SampleRecords.depositCredited(), "/paybridge/checkout-service");

        assertThat(List.copyOf(headers.entrySet())).containsExactly(
                Map.entry("ce_id", "5f0c1f7e-3c1b-4b7e-9f3a-2d7c2b8e4a10"),
                Map.entry("ce_type", "io.paybridge.contracts.payments.v1.DepositCredited"),
                Map.entry("ce_source", "/paybridge/checkout-service"),
                Map.entry("ce_time", "2025-03-14T09:26:53.589793Z"),
                Map.entry("ce_specversion", "1.0"),
                Map.entry("content-type", "application/avro"));
    }

    @Test
    void rejectsABlankOrMalformedSource() {
        assertThatThrownBy(() -> CloudEvents.headers(SampleRecords.depositCredited(), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CloudEvents source must be a non-blank URI-reference");
        assertThatThrownBy(() -> CloudEvents.headers(SampleRecords.depositCredited(), "/paybridge/checkout service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CloudEvents source is not a URI-reference");
    }

    @Test
    void readsTheLastHeaderOfANameAsUtf8() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_source", "/first".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/paybridge/bétalning".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", null);

        assertThat(CloudEvents.header(headers, "ce_source")).contains("/paybridge/bétalning");
        assertThat(CloudEvents.header(headers, "ce_id")).isEmpty();
        assertThat(CloudEvents.header(headers, "ce_type")).isEmpty();
    }
}
