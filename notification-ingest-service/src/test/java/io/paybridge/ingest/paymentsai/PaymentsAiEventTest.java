package io.paybridge.ingest.paymentsai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The envelope of PaymentsAI webhooks: ids, type and the transaction an event is about. */
class PaymentsAiEventTest {

    @Test
    void aTransactionEventIsAboutTheTransactionItCarries() {
        assertThat(parse("{\"deduplicationId\":\"d-1\",\"type\":\"transaction-processed\",\"organizationId\":\"org_1\","
                + "\"metadata\":{\"id\":\"txn_1\",\"amount\":10,\"customer\":{\"email\":\"a@example.com\"}}}"))
                .isEqualTo(new PaymentsAiEvent("d-1", "transaction-processed", "txn_1"));
    }

    @Test
    void aDisputeIsAboutTheTransactionItNames() {
        assertThat(parse("{\"deduplicationId\":\"d-2\",\"type\":\"dispute-created\",\"metadata\":{\"id\":\"dsp_1\","
                + "\"transactionId\":\"txn_2\"}}"))
                .isEqualTo(new PaymentsAiEvent("d-2", "dispute-created", "txn_2"));
    }

    @Test
    void aSubscriptionEventOrOneWithoutMetadataIsAboutNoTransaction() {
        assertThat(parse("{\"deduplicationId\":\"d-3\",\"type\":\"subscription-renewed\",\"metadata\":{\"id\":\"sub_1\"}}"))
                .isEqualTo(new PaymentsAiEvent("d-3", "subscription-renewed", null));
        assertThat(parse("{\"deduplicationId\":\"d-4\",\"type\":\"transaction-declined\"}"))
                .isEqualTo(new PaymentsAiEvent("d-4", "transaction-declined", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "[]",
            "{\"type\":\"transaction-processed\"}",
            "{\"deduplicationId\":\"\",\"type\":\"transaction-processed\"}",
            "{\"deduplicationId\":7,\"type\":\"transaction-processed\"}",
            "{\"deduplicationId\":\"d-5\"}",
            "{\"deduplicationId\":\"d-6\",\"type\":\"transaction-processed\",\"type\":\"dispute-created\"}",
            "{\"deduplicationId\":\"d-7\",\"type\":\"transaction-processed\"} trailing",
            "{\"deduplicationId\":\"d-8\",\"type\":\"transaction-processed\",\"metadata\":{\"id\":{\"nested\":1}}}"})
    void aBodyWithoutItsIdsOrNotStrictJsonIsMalformed(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(RejectionReason.MALFORMED));
    }

    private static PaymentsAiEvent parse(String body) {
        return PaymentsAiEvent.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
