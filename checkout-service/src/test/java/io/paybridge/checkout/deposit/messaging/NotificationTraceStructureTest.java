package io.paybridge.checkout.deposit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.RecordedSpans;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.NotificationRecords;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The trace of a notification across Kafka: the ingest's record carries the PSP delivery's trace (W3C {@code traceparent}
 * in its headers); checkout's consumer continues it (a CONSUMER span, child of the record's context), applies the credit
 * in a span linked to the request that created the order, and the DepositCredited it publishes carries the same trace
 * on to the next consumer.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class NotificationTraceStructureTest {

    private static final String DELIVERY_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String DELIVERY_SPAN = "b7ad6b7169203331";
    private static final String REQUEST_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String REQUEST_SPAN = "00f067aa0ba902b7";

    @Inject
    CheckoutDatabase database;

    @Inject
    RecordedSpans spans;

    @Test
    void aNotificationContinuesItsDeliveryTraceLinksToTheCreatingRequestAndPassesTheTraceOn() {
        DepositOrder order = TestDepositOrders.created();
        order.traceparent = "00-" + REQUEST_TRACE + "-" + REQUEST_SPAN + "-01";
        database.insert(order);

        NotificationRecords.publishTraced("00-" + DELIVERY_TRACE + "-" + DELIVERY_SPAN + "-01",
                NotificationRecords.of(NotificationKind.CREDIT, order.pspOrderId, order.amountMinor, order.currency).build());

        SpanData credit = await().atMost(Duration.ofSeconds(30)).until(() -> spans.ended().stream()
                .filter(span -> span.getName().equals("deposit credit") && span.getTraceId().equals(DELIVERY_TRACE))
                .findFirst(), Optional::isPresent).get();
        Map<String, SpanData> trace = spans.ended().stream().filter(span -> span.getTraceId().equals(DELIVERY_TRACE))
                .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (first, second) -> first));

        SpanData consumer = trace.get(credit.getParentSpanId());
        assertThat(consumer).as("the credit's parent span in %s", trace.values()).isNotNull();
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getName()).isEqualTo(Topics.NOTIFICATIONS.name() + " receive");
        assertThat(consumer.getParentSpanId()).as("the consumer continues the record's context").isEqualTo(DELIVERY_SPAN);
        assertThat(consumer.getAttributes().asMap()).extractingFromEntries(entry -> entry.getKey().getKey() + "=" + entry.getValue())
                .contains("messaging.system=kafka", "messaging.destination.name=" + Topics.NOTIFICATIONS.name());
        assertThat(credit.getLinks()).singleElement().satisfies(link -> {
            assertThat(link.getSpanContext().getTraceId()).isEqualTo(REQUEST_TRACE);
            assertThat(link.getSpanContext().getSpanId()).isEqualTo(REQUEST_SPAN);
        });
        assertThat(trace.values()).as("every span of the work is inside the delivery's trace, under the consumer")
                .allSatisfy(span -> assertThat(span.getSpanId().equals(consumer.getSpanId()) || trace.containsKey(span.getParentSpanId()))
                        .as("%s has its parent in the trace", span.getName()).isTrue());
        assertThat(trace.values()).as("no personal data in span attributes").allSatisfy(span -> assertThat(
                span.getAttributes().asMap().values()).noneMatch(value -> String.valueOf(value).contains(order.endUserId)));

        try (TopicReader events = new TopicReader(Topics.EVENTS)) {
            List<ConsumerRecord<String, SpecificRecord>> credited = events.await(record -> order.orderRef.equals(record.key())
                    && record.value().getSchema().getName().equals("DepositCredited"), 1, Duration.ofSeconds(30));
            assertThat(credited).hasSize(1);
            String traceparent = new String(credited.get(0).headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII);
            assertThat(traceparent).as("the next consumer continues the same trace, under the credit's span")
                    .isEqualTo("00-" + DELIVERY_TRACE + "-" + credit.getSpanId() + "-01");
        }
    }
}
