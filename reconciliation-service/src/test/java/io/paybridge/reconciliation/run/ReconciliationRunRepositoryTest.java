package io.paybridge.reconciliation.run;

import static io.paybridge.reconciliation.fixture.TestMovement.deposit;
import static io.paybridge.reconciliation.fixture.TestMovement.payout;
import static io.paybridge.reconciliation.fixture.TestMovement.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.reconciliation.fixture.ReconDatabase;
import io.paybridge.reconciliation.fixture.TestBreak;
import io.paybridge.reconciliation.fixture.TestMovement;
import io.paybridge.reconciliation.fixture.TestRow;
import io.paybridge.reconciliation.run.domain.MatchClass;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs against real PostgreSQL: each match class from a crafted report, legs, residuals, batch checks, breaks over runs. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ReconciliationRunRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    /** Within the day: not missing yet when unreported (grace P3D). */
    private static final Instant TODAY = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    /** Long enough before the day to be missing when unreported. */
    private static final Instant LAST_WEEK = DAY.minusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC);

    @Inject
    ReconciliationRuns runs;

    @Inject
    ReconDatabase database;

    @Inject
    BreakMetrics metrics;

    @BeforeEach
    void emptyTables() {
        database.reset();
    }

    @Test
    void everyMovementMatchedAndEveryFeeALegLeavesNoResidualAndNoBreak() {
        database.movement(deposit("1001", 10_000, "EUR", TODAY));
        database.movement(refund("1001", "ref-a", 2_000, "EUR", TODAY));
        database.movement(refund("1001", "ref-b", 3_000, "EUR", TODAY));
        database.movement(payout("2001", 5_000, "EUR", TODAY));
        long report = database.report(DAY, List.of(
                TestRow.of("1001", "Deposit", 10_000, "EUR"),
                TestRow.of("1001", "Deposit Fee", -100, "EUR"),
                TestRow.of("1001", "Refund", -3_000, "EUR"),
                TestRow.of("1001", "Refund Fee", -100, "EUR"),
                TestRow.of("1001", "Refund", -2_000, "EUR"),
                TestRow.of("1001", "Refund Fee", -100, "EUR"),
                TestRow.of("2001", "AccountPayout", -5_000, "EUR"),
                TestRow.of("2001", "AccountPayout Fee", -100, "EUR"),
                TestRow.of(null, "FX", 7, "EUR")));

        UUID run = reconcile(report);

        assertThat(database.totals(run)).isEqualTo(Map.of("MATCHED EUR", List.of(4L, 0L)));
        assertThat(database.legs(run)).isEqualTo(Map.of(
                "AccountPayout Fee EUR", List.of(1L, -100L),
                "Deposit Fee EUR", List.of(1L, -100L),
                "FX EUR", List.of(1L, 7L),
                "Refund Fee EUR", List.of(2L, -200L)));
        assertThat(database.residuals(run)).isEqualTo(Map.of("EUR", List.of(-393L, 0L, -393L, 0L)));
        assertThat(database.breaks()).isEmpty();
        assertThat(database.count("SELECT count(*) FROM expected_movement m WHERE NOT EXISTS (SELECT 1 FROM movement_settlement s WHERE s.movement_id = m.id)")).isZero();
    }

    @Test
    void eachBreakClassFromOneReport() {
        database.movement(deposit("3001", 1_000, "EUR", TODAY));   // reported 900: amount mismatch
        database.movement(deposit("3002", 1_000, "EUR", TODAY));   // reported in SEK: currency mismatch
        database.movement(deposit("3003", 4_000, "EUR", LAST_WEEK)); // not reported, old: missing
        database.movement(deposit("3004", 5_000, "EUR", TODAY));   // not reported, recent: pending, no break
        database.movement(deposit("3005", 6_000, "EUR", TODAY));   // reported twice: matched and duplicate
        long report = database.report(DAY, List.of(
                TestRow.of("3001", "Deposit", 900, "EUR"),
                TestRow.of("3002", "Deposit", 1_000, "SEK"),
                TestRow.of("3005", "Deposit", 6_000, "EUR"),
                TestRow.of("3005", "Deposit", 6_000, "EUR"),
                TestRow.of("3999", "Deposit", 700, "EUR")));

        UUID run = reconcile(report);

        assertThat(database.totals(run)).isEqualTo(Map.of(
                "AMOUNT_MISMATCH EUR", List.of(1L, 900L),
                "CURRENCY_MISMATCH SEK", List.of(1L, 1_000L),
                "DUPLICATE_IN_REPORT EUR", List.of(1L, 6_000L),
                "MATCHED EUR", List.of(1L, 6_000L),
                "MISSING_IN_REPORT EUR", List.of(1L, 4_000L),
                "UNEXPECTED_IN_REPORT EUR", List.of(1L, 700L)));
        assertThat(database.breaks()).extracting(TestBreak::summary).containsExactlyInAnyOrder(
                "AMOUNT_MISMATCH 3001 Deposit 1000/EUR 900/EUR",
                "CURRENCY_MISMATCH 3002 Deposit 1000/EUR 1000/SEK",
                "MISSING_IN_REPORT 3003 Deposit 4000/EUR null/null",
                "DUPLICATE_IN_REPORT 3005 Deposit null/null 6000/EUR",
                "UNEXPECTED_IN_REPORT 3999 Deposit null/null 700/EUR");
        assertThat(database.breaks()).allSatisfy(opened -> {
            assertThat(opened.openedRun()).isEqualTo(run);
            assertThat(opened.lastSeenRun()).isEqualTo(run);
            assertThat(opened.closed()).isFalse();
        });
        // EUR: reported 900 + 6000 + 6000 + 700; expected 1000 + 1000 + 4000 + 6000 (paired or missing)
        assertThat(database.residuals(run)).isEqualTo(Map.of(
                "EUR", List.of(13_600L, 12_000L, 0L, 1_600L),
                "SEK", List.of(1_000L, 0L, 0L, 1_000L)));
        // the duplicate and the unexpected row name the order's payment when one is known
        assertThat(database.breaks()).filteredOn(found -> found.pspOrderId().equals("3005"))
                .extracting(TestBreak::paymentReference).containsExactly("dep-3005");
        assertThat(database.breaks()).filteredOn(found -> found.pspOrderId().equals("3999"))
                .extracting(TestBreak::paymentReference).containsExactly("3999");
        // unmatched value: the mismatch's difference, the other currency's expected amount, the rest whole
        assertThat(metrics.unmatched("EUR")).isEqualTo(100 + 1_000 + 4_000 + 6_000 + 700);
        assertThat(MatchClass.breaks()).allSatisfy(type -> assertThat(metrics.open(type)).as(type.name()).isEqualTo(1));
    }

    @Test
    void aLeftoverRowIdenticalToOneAnEarlierRunMatchedIsADuplicate() {
        database.movement(deposit("3101", 2_500, "EUR", TODAY));
        reconcile(database.report(DAY, List.of(TestRow.of("3101", "Deposit", 2_500, "EUR"))));

        UUID second = reconcile(database.report(DAY.plusDays(1), List.of(TestRow.of("3101", "Deposit", 2_500, "EUR"))));

        assertThat(database.totals(second)).isEqualTo(Map.of("DUPLICATE_IN_REPORT EUR", List.of(1L, 2_500L)));
    }

    @Test
    void aCancelledMovementIsNeverMissingButPairsWhenReported() {
        database.movement(refund("3201", "ref-cancelled", 1_000, "EUR", LAST_WEEK).asCancelled());
        long returned = database.movement(new TestMovement("3202", "Refund", "ref-returned",
                "RefundReturned", 1_500, "EUR", "dep-3202", LAST_WEEK, true));
        UUID run = reconcile(database.report(DAY, List.of(TestRow.of("3202", "Refund", 1_500, "EUR"))));

        assertThat(database.totals(run)).isEqualTo(Map.of("MATCHED EUR", List.of(1L, 1_500L)));
        assertThat(database.settledRow(returned)).isNotNull();
        assertThat(database.breaks()).isEmpty();
    }

    @Test
    void batchCheckComparesRowsTotalAndBankTransfer() {
        database.movement(deposit("4001", 10_000, "EUR", TODAY));
        database.movement(deposit("4002", 20_000, "SEK", TODAY));
        database.transfer("1000000001", "EUR", 9_900);
        long report = database.report(DAY, List.of(
                TestRow.of("4001", "Deposit", 10_000, "EUR").inBatch("1000000001", 9_900),
                TestRow.of("4001", "Deposit Fee", -100, "EUR").inBatch("1000000001", 9_900),
                TestRow.of("4002", "Deposit", 20_000, "SEK").inBatch("1000000001", 20_000)));

        UUID run = reconcile(report);

        assertThat(database.batchChecks(run)).containsExactly(
                "1000000001 EUR 9900 9900 9900 true null",
                "1000000001 SEK 20000 20000 null false TRANSFER_NOT_FOUND");
    }

    @Test
    void batchCheckFailsWhenTheTotalOrTheTransferDiffers() {
        database.movement(deposit("4101", 10_000, "EUR", TODAY));
        database.movement(deposit("4102", 10_000, "NOK", TODAY));
        database.transfer("1000000002", "EUR", 10_000);
        database.transfer("1000000002", "NOK", 9_000);
        long report = database.report(DAY, List.of(
                TestRow.of("4101", "Deposit", 10_000, "EUR").inBatch("1000000002", 11_000),
                TestRow.of("4102", "Deposit", 10_000, "NOK").inBatch("1000000002", 10_000)));

        UUID run = reconcile(report);

        assertThat(database.batchChecks(run)).containsExactly(
                "1000000002 EUR 10000 11000 10000 false TOTAL_DIFFERS",
                "1000000002 NOK 10000 10000 9000 false TRANSFER_DIFFERS");
    }

    @Test
    void reconcilingAReportAgainAnswersItsRunAndChangesNothing() {
        database.movement(deposit("5001", 1_000, "EUR", TODAY));
        database.movement(deposit("5002", 1_000, "EUR", LAST_WEEK));
        long report = database.report(DAY, List.of(TestRow.of("5001", "Deposit", 1_000, "EUR"), TestRow.of("5999", "Deposit", 5, "EUR")));
        UUID run = reconcile(report);
        List<TestBreak> breaks = database.breaks();
        Map<String, List<Long>> totals = database.totals(run);

        UUID again = reconcile(report);

        assertThat(again).isEqualTo(run);
        assertThat(database.breaks()).isEqualTo(breaks);
        assertThat(database.count("SELECT count(*) FROM reconciliation_run")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM run_total")).isEqualTo(3);
        assertThat(database.totals(run)).isEqualTo(totals);
    }

    @Test
    void aMissingMovementPersistsUntilALaterReportSettlesIt() {
        long late = database.movement(deposit("6001", 3_000, "EUR", LAST_WEEK));
        UUID first = reconcile(database.report(DAY, List.of()));
        UUID second = reconcile(database.report(DAY.plusDays(1), List.of()));

        TestBreak persisting = database.breaks().get(0);
        assertThat(database.breaks()).hasSize(1);
        assertThat(persisting.breakClass()).isEqualTo("MISSING_IN_REPORT");
        assertThat(persisting.openedRun()).isEqualTo(first);
        assertThat(persisting.lastSeenRun()).isEqualTo(second);
        assertThat(persisting.closed()).isFalse();
        assertThat(database.totals(second)).isEqualTo(Map.of("MISSING_IN_REPORT EUR", List.of(1L, 3_000L)));

        UUID third = reconcile(database.report(DAY.plusDays(2), List.of(TestRow.of("6001", "Deposit", 3_000, "EUR"))));

        TestBreak resolved = database.breaks().get(0);
        assertThat(database.breaks()).hasSize(1);
        assertThat(resolved.closed()).isTrue();
        assertThat(resolved.closedRun()).isEqualTo(third);
        assertThat(resolved.resolution()).isEqualTo("MATCHED_IN_LATER_RUN");
        assertThat(database.settledRow(late)).isNotNull();
        assertThat(database.totals(third)).isEqualTo(Map.of("MATCHED EUR", List.of(1L, 3_000L)));
        assertThat(database.residuals(third)).isEqualTo(Map.of("EUR", List.of(3_000L, 3_000L, 0L, 0L)));
    }

    @Test
    void aRowNoMovementExplainsPersistsAcrossRuns() {
        UUID first = reconcile(database.report(DAY, List.of(TestRow.of("6101", "Refund", -800, "EUR"))));
        UUID second = reconcile(database.report(DAY.plusDays(1), List.of()));

        assertThat(database.breaks()).singleElement().satisfies(open -> {
            assertThat(open.breakClass()).isEqualTo("UNEXPECTED_IN_REPORT");
            assertThat(open.openedRun()).isEqualTo(first);
            assertThat(open.lastSeenRun()).isEqualTo(second);
        });
    }

    @Test
    void anUnknownReportIsRefused() {
        assertThatThrownBy(() -> runs.reconcile(987_654_321L).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(UnknownReportException.class);
    }

    private UUID reconcile(long report) {
        return runs.reconcile(report).await().atMost(Duration.ofSeconds(60));
    }
}
