package io.paybridge.reconciliation.expected.messaging;

import static io.paybridge.reconciliation.fixture.TestEvents.pspOrderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.reconciliation.v1.BreakClosed;
import io.paybridge.contracts.reconciliation.v1.BreakOpened;
import io.paybridge.contracts.reconciliation.v1.BreakResolution;
import io.paybridge.contracts.reconciliation.v1.RunFinished;
import io.paybridge.reconciliation.fixture.ReconDatabase;
import io.paybridge.testkit.kafka.CatalogRecords;
import io.paybridge.reconciliation.fixture.TestBreak;
import io.paybridge.reconciliation.fixture.TestEvents;
import io.paybridge.reconciliation.fixture.TestRow;
import io.paybridge.reconciliation.run.ReconciliationRuns;
import io.paybridge.testkit.kafka.EmbeddedKafka;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** payments.events.v1 on a real broker becomes the expected movements, each event once, signed as the sandbox books them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PaymentEventConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ReconDatabase database;

    @Inject
    ReconciliationRuns runs;

    @BeforeEach
    void emptyTables() {
        // test classes share the application and its database: each test sees only its own movements and breaks
        database.reset();
    }

    @Test
    void aCreditedDepositIsExpectedOnceAndAnEventMovingNoMoneyIsSkipped() {
        String order = pspOrderId();
        String reference = "dep-" + order;
        var credited = TestEvents.depositCredited(reference, order, 12_500, "SEK");

        CatalogRecords.publish(Topics.EVENTS, reference, TestEvents.depositInitiated(reference, order, 12_500, "SEK"), credited, credited);
        String later = pspOrderId();
        CatalogRecords.publish(Topics.EVENTS, "dep-" + later, TestEvents.depositCredited("dep-" + later, later, 1, "SEK"));

        await().atMost(WAIT).until(() -> !database.movementsOf(later).isEmpty());
        assertThat(database.movementsOf(order)).containsExactly("Deposit DepositCredited 12500 SEK expected");
    }

    @Test
    void aDebitedDepositTakesTheMoneyBackOnTheSameOrder() {
        String order = pspOrderId();
        String reference = "dep-" + order;

        CatalogRecords.publish(Topics.EVENTS, reference, TestEvents.depositCredited(reference, order, 5_000, "EUR"),
                TestEvents.depositDebited(reference, order, 5_000, "EUR"));

        await().atMost(WAIT).until(() -> database.movementsOf(order).size() == 2);
        assertThat(database.movementsOf(order)).containsExactly("Deposit DepositCredited 5000 EUR expected",
                "Deposit DepositDebited -5000 EUR expected");
    }

    @Test
    void aRefundThatFailsBeforeItsMoneyLeftIsCancelledAndItsDepositReconcilesWithZeroResidual() {
        String order = pspOrderId();
        String deposit = "dep-" + order;
        String refund = "ref-" + UUID.randomUUID();

        CatalogRecords.publish(Topics.EVENTS, deposit, TestEvents.depositCredited(deposit, order, 2_000, "DKK"),
                TestEvents.refundRequested(deposit, refund, 2_000, "DKK"), TestEvents.refundAccepted(deposit, refund, order),
                TestEvents.refundReturned(deposit, refund, order));

        await().atMost(WAIT).until(() -> database.movementsOf(order).size() == 3);
        assertThat(database.movementsOf(order)).containsExactly("Deposit DepositCredited 2000 DKK expected",
                "Refund RefundAccepted -2000 DKK cancelled", "Refund RefundReturned 2000 DKK cancelled");

        // the sandbox's settlement: the deposit and its fee, nothing of the refund that never left
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long report = database.report(today, List.of(TestRow.of(order, "Deposit", 2_000, "DKK"),
                TestRow.of(order, "Deposit Fee", -100, "DKK")));
        UUID run = runs.reconcile(report).await().atMost(WAIT);

        assertThat(database.totals(run)).isEqualTo(Map.of("MATCHED DKK", List.of(1L, 2_000L)));
        assertThat(database.residuals(run)).isEqualTo(Map.of("DKK", List.of(1_900L, 2_000L, -100L, 0L)));
        assertThat(database.breaks()).noneMatch(found -> order.equals(found.pspOrderId()));
    }

    @Test
    void aRefundConfirmedSentAndThenReturnedComesBack() {
        String order = pspOrderId();
        String deposit = "dep-" + order;
        String refund = "ref-" + UUID.randomUUID();

        CatalogRecords.publish(Topics.EVENTS, deposit, TestEvents.refundRequested(deposit, refund, 500, "EUR"),
                TestEvents.refundAccepted(deposit, refund, order), TestEvents.refundConfirmed(deposit, refund, order, 500, "EUR"),
                TestEvents.refundReturned(deposit, refund, order));

        await().atMost(WAIT).until(() -> database.movementsOf(order).size() == 2);
        assertThat(database.movementsOf(order)).containsExactly("Refund RefundAccepted -500 EUR expected",
                "Refund RefundReturned 500 EUR expected");
    }

    @Test
    void payoutsChargesAndWithdrawalsAreExpectedAsTheSandboxBooksThem() {
        String payout = pspOrderId();
        String charge = pspOrderId();
        String denied = pspOrderId();
        String returned = pspOrderId();

        CatalogRecords.publish(Topics.EVENTS, "pay-" + payout, TestEvents.payoutConfirmed("pay-" + payout, payout, 7_000, "SEK"),
                TestEvents.payoutReturned("pay-" + payout, payout));
        CatalogRecords.publish(Topics.EVENTS, "chg-" + charge, TestEvents.chargeCredited("chg-" + charge, charge, 900, "SEK"));
        CatalogRecords.publish(Topics.EVENTS, "wd-" + denied, TestEvents.withdrawalDebited("wd-" + denied, denied, 300, "SEK"),
                TestEvents.withdrawalDenied("wd-" + denied, denied));
        CatalogRecords.publish(Topics.EVENTS, "wd-" + returned, TestEvents.withdrawalDebited("wd-" + returned, returned, 400, "SEK"),
                TestEvents.withdrawalReturned("wd-" + returned, returned, 400, "SEK"));

        await().atMost(WAIT).until(() -> database.movementsOf(payout).size() == 2 && database.movementsOf(returned).size() == 2
                && database.movementsOf(denied).contains("Withdraw WithdrawalDebited -300 SEK cancelled")
                && database.movementsOf(charge).size() == 1);
        assertThat(database.movementsOf(payout)).containsExactly("AccountPayout PayoutConfirmed -7000 SEK expected",
                "AccountPayout PayoutReturned 7000 SEK expected");
        assertThat(database.movementsOf(charge)).containsExactly("Charge ChargeCredited 900 SEK expected");
        assertThat(database.movementsOf(denied)).containsExactly("Withdraw WithdrawalDebited -300 SEK cancelled");
        assertThat(database.movementsOf(returned)).containsExactly("Withdraw WithdrawalDebited -400 SEK expected",
                "Withdraw WithdrawalReturned 400 SEK expected");
    }

    @Test
    void aLaterEventExplainsAnUnexpectedRowAndClosesItsBreak() {
        String order = pspOrderId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long report = database.report(today, List.of(TestRow.of(order, "Charge", 4_400, "NOK")));
        try (TopicReader reader = TopicReader.fromNow(Topics.RECONCILIATION, EmbeddedKafka.shared().bootstrapServers())) {
            UUID run = runs.reconcile(report).await().atMost(WAIT);
            TestBreak opened = database.breaks().stream().filter(found -> order.equals(found.pspOrderId())).findFirst().orElseThrow();
            assertThat(opened.breakClass()).isEqualTo("UNEXPECTED_IN_REPORT");
            assertThat(opened.paymentReference()).isEqualTo(order);

            CatalogRecords.publish(Topics.EVENTS, "chg-" + order, TestEvents.chargeCredited("chg-" + order, order, 4_400, "NOK"));

            await().atMost(WAIT).until(() -> database.breaks().stream().anyMatch(found -> found.id().equals(opened.id()) && found.closed()));
            TestBreak closed = database.breaks().stream().filter(found -> found.id().equals(opened.id())).findFirst().orElseThrow();
            assertThat(closed.resolution()).isEqualTo("MATCHED_IN_LATER_RUN");
            assertThat(closed.closedRun()).isNull();
            assertThat(closed.movementId()).isNotNull();
            assertThat(database.settledRow(closed.movementId())).isNotNull().isEqualTo(closed.reportRow());

            List<ConsumerRecord<String, SpecificRecord>> events = reader.await(record -> record.key().equals(order)
                    || record.key().equals(run.toString()), 3, WAIT);
            assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(run.toString(), order, order);
            RunFinished finished = (RunFinished) events.stream().filter(record -> record.value() instanceof RunFinished)
                    .findFirst().orElseThrow().value();
            assertThat(finished.getRunId()).isEqualTo(run.toString());
            assertThat(finished.getSettlementDate()).isEqualTo(today);
            BreakOpened breakOpened = (BreakOpened) events.stream().filter(record -> record.value() instanceof BreakOpened)
                    .findFirst().orElseThrow().value();
            assertThat(breakOpened.getBreakId()).isEqualTo(opened.id().toString());
            assertThat(breakOpened.getActualAmount()).isEqualTo(4_400L);
            assertThat(breakOpened.getActualCurrency()).isEqualTo("NOK");
            BreakClosed breakClosed = (BreakClosed) events.stream().filter(record -> record.value() instanceof BreakClosed)
                    .findFirst().orElseThrow().value();
            assertThat(breakClosed.getBreakId()).isEqualTo(opened.id().toString());
            assertThat(breakClosed.getResolution()).isEqualTo(BreakResolution.MATCHED_IN_LATER_RUN);
            assertThat(breakClosed.getRunId()).isNull();
        }
    }
}
