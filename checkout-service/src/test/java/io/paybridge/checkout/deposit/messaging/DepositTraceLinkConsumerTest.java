package io.paybridge.checkout.deposit.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.RecordedSpans;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The span a notification starts on an order links to the trace of the request that created the order. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DepositTraceLinkConsumerTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Inject
    CheckoutDatabase database;

    @Inject
    RecordedSpans spans;

    @Test
    void theNotificationsSpanLinksToTheCreatingRequest() {
        DepositOrder order = TestDepositOrders.created();
        order.traceparent = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";
        database.insert(order);

        NotificationRecords.publish(NotificationRecords.of(NotificationKind.CREDIT, order.pspOrderId, order.amountMinor,
                order.currency).build());

        SpanData applied = await().atMost(Duration.ofSeconds(30)).until(() -> spans.ended().stream()
                .filter(span -> span.getName().equals("deposit credit"))
                .filter(span -> span.getLinks().stream().anyMatch(link -> link.getSpanContext().getTraceId().equals(TRACE_ID)))
                .findFirst(), Optional::isPresent).get();
        LinkData link = applied.getLinks().get(0);
        assertThat(link.getSpanContext().getTraceId()).isEqualTo(TRACE_ID);
        assertThat(link.getSpanContext().getSpanId()).isEqualTo(SPAN_ID);
        assertThat(applied.getTraceId()).as("the span continues the notification's own trace").isNotEqualTo(TRACE_ID);
    }
}
