package io.paybridge.checkout.deposit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositExpired;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Deposits whose end user never finished expire after the checkout lifetime, with a DepositExpired event. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DepositExpiryProducerTest {

    @Inject
    CheckoutDatabase database;

    @Inject
    DepositExpiry expiry;

    @Test
    void onlyCreatedDepositsPastTheirCheckoutExpiryExpire() throws Throwable {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DepositOrder due = database.insert(TestDepositOrders.created(now.minus(Duration.ofMinutes(31))));
        DepositOrder fresh = database.insert(TestDepositOrders.created(now.minus(Duration.ofMinutes(29))));
        DepositOrder pendingDue = TestDepositOrders.created(now.minus(Duration.ofMinutes(31)));
        pendingDue.status = DepositStatus.PENDING;
        database.insert(pendingDue);

        VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(now));

        assertThat(database.order(due.orderRef).status).isEqualTo(DepositStatus.EXPIRED);
        assertThat(database.order(fresh.orderRef).status).isEqualTo(DepositStatus.CREATED);
        assertThat(database.order(pendingDue.orderRef).status).isEqualTo(DepositStatus.PENDING);
        try (TopicReader events = new TopicReader(Topics.EVENTS)) {
            List<SpecificRecord> expired = events.await(record -> due.orderRef.equals(record.key()), 1, Duration.ofSeconds(30))
                    .stream().map(ConsumerRecord::value).toList();
            assertThat(expired).hasSize(1);
            DepositExpired event = (DepositExpired) expired.get(0);
            assertThat(event.getPaymentReference()).isEqualTo(due.orderRef);
            assertThat(event.getPspOrderId()).isEqualTo(due.pspOrderId);
            assertThat(event.getCorrelationId()).isEqualTo(due.correlationId);
            assertThat(events.drain(record -> fresh.orderRef.equals(record.key()) || pendingDue.orderRef.equals(record.key()),
                    Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void anExpiredDepositIsExpiredOnce() throws Throwable {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DepositOrder due = database.insert(TestDepositOrders.created(now.minus(Duration.ofHours(1))));

        VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(now));
        VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(now.plusSeconds(1)));

        assertThat(database.order(due.orderRef).status).isEqualTo(DepositStatus.EXPIRED);
        try (TopicReader events = new TopicReader(Topics.EVENTS)) {
            assertThat(events.drain(record -> due.orderRef.equals(record.key()), Duration.ofSeconds(5))).hasSize(1);
        }
    }
}
