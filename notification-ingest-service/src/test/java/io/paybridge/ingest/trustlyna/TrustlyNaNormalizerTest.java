package io.paybridge.ingest.trustlyna;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.Psp;
import io.paybridge.contracts.payments.v1.PspNotification;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which transaction a Trustly North America event is keyed by, and the record it is published as. */
class TrustlyNaNormalizerTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-21T10:00:00Z");
    private static final UUID INBOX_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void anEventAboutATransactionIsKeyedByTheTransaction() {
        TrustlyNaEvent event = new TrustlyNaEvent("e1", "Authorize", "1002593555", "Transaction", "1000000001", "ref-1", null);

        assertThat(TrustlyNaNormalizer.transactionId(event)).isEqualTo("1002593555");
        assertThat(TrustlyNaNormalizer.key(event)).isEqualTo("1002593555");
    }

    @Test
    void anEventAboutAnotherObjectIsKeyedByTheTransactionItBelongsTo() {
        TrustlyNaEvent event = new TrustlyNaEvent("e2", "Dispute", "77", "Dispute", "1002593555", null, null);

        assertThat(TrustlyNaNormalizer.key(event)).isEqualTo("1002593555");
    }

    @Test
    void anEventAboutAnObjectWithoutParentIsKeyedByTheObjectAndOneWithoutObjectByItsEventId() {
        assertThat(TrustlyNaNormalizer.key(new TrustlyNaEvent("e3", "Update", "55", "Customer", null, null, null)))
                .isEqualTo("55");
        assertThat(TrustlyNaNormalizer.key(new TrustlyNaEvent("e4", "Refresh", null, null, null, null, null)))
                .isEqualTo("e4");
    }

    @Test
    void theRecordCarriesIdsTheEventTypeAndTheMerchantReference() {
        Instant created = Instant.ofEpochMilli(1556234040954L);
        TrustlyNaEvent event = new TrustlyNaEvent("1002593570", "Authorize", "1002593555", "Transaction", null,
                "cb180040-7210-4ab9-97b7-415824754802", created);

        PspNotification published = TrustlyNaNormalizer.normalize(event, INBOX_ID, RECEIVED);

        PspNotification expected = PspNotification.newBuilder(published)
                .setOccurredAt(created)
                .setPaymentReference("cb180040-7210-4ab9-97b7-415824754802")
                .setCorrelationId("cb180040-7210-4ab9-97b7-415824754802")
                .setPsp(Psp.TRUSTLY_NA)
                .setNotificationId("1002593570")
                .setMethod("Authorize")
                .setKind(NotificationKind.UNKNOWN)
                .setPspOrderId("1002593555")
                .setMessageId("cb180040-7210-4ab9-97b7-415824754802")
                .setEndUserId(null)
                .setAmount(null)
                .setCurrency(null)
                .setPspTimestamp(created)
                .setAccount(null)
                .setFailure(null)
                .setCancelReason(null)
                .setInboxId(INBOX_ID.toString())
                .setReceivedAt(RECEIVED)
                .build();
        assertThat(published).isEqualTo(expected);
    }

    @Test
    void withoutReferenceOrTimeTheRecordFallsBackToTheKeyAndTheReceptionTime() {
        PspNotification published = TrustlyNaNormalizer.normalize(
                new TrustlyNaEvent("e5", "Refresh", null, null, null, null, null), INBOX_ID, RECEIVED);

        assertThat(published.getPaymentReference()).isEqualTo("e5");
        assertThat(published.getPspOrderId()).isEmpty();
        assertThat(published.getOccurredAt()).isEqualTo(RECEIVED);
        assertThat(published.getPspTimestamp()).isNull();
    }
}
