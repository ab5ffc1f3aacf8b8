package io.paybridge.reconciliation.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.reconciliation.fixture.ReconDatabase;
import io.paybridge.reconciliation.fixture.TestMovement;
import io.paybridge.reconciliation.fixture.TestRow;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The match classes as a table: what was expected on one refund-bearing order, what the report shows on it, and what
 * the run counts. Amounts are minor units with their currency; {@code old:} happened a week before the settlement date
 * (past the grace), {@code cancelled:} will never settle.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class MatchClassTableRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant TODAY = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final Instant LAST_WEEK = DAY.minusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC);

    @Inject
    ReconciliationRuns runs;

    @Inject
    ReconDatabase database;

    @BeforeEach
    void emptyTables() {
        database.reset();
    }

    @ParameterizedTest(name = "expected [{0}], reported [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        "-100EUR              | -100EUR                | MATCHED=1",
        "-100EUR              | -90EUR                 | AMOUNT_MISMATCH=1",
        "-100EUR              | -100SEK                | CURRENCY_MISMATCH=1",
        "                     | -100EUR                | UNEXPECTED_IN_REPORT=1",
        "-100EUR              | -100EUR -100EUR        | DUPLICATE_IN_REPORT=1 MATCHED=1",
        "-100EUR              | -100EUR -100EUR -100EUR | DUPLICATE_IN_REPORT=2 MATCHED=1",
        "-30EUR -20EUR        | -20EUR -30EUR          | MATCHED=2",
        "-30EUR -20EUR        | -30EUR -25EUR          | AMOUNT_MISMATCH=1 MATCHED=1",
        "-30EUR -20EUR        | -30EUR                 | MATCHED=1",
        "old:-30EUR -20EUR    | -20EUR                 | MATCHED=1 MISSING_IN_REPORT=1",
        "-30EUR -30EUR        | -30EUR -30EUR          | MATCHED=2",
        "old:-100EUR          |                        | MISSING_IN_REPORT=1",
        "-100EUR              |                        | ''",
        "old:cancelled:-100EUR |                       | ''",
        "cancelled:-100EUR    | -100EUR                | MATCHED=1",
        "cancelled:-100EUR    | -90EUR                 | UNEXPECTED_IN_REPORT=1",
        "-100EUR cancelled:-100EUR | -100EUR           | MATCHED=1",
    })
    void classes(String expected, String reported, String classes) {
        String order = "7" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        int refund = 0;
        for (String movement : words(expected)) {
            boolean old = movement.startsWith("old:");
            String rest = old ? movement.substring(4) : movement;
            boolean cancelled = rest.startsWith("cancelled:");
            rest = cancelled ? rest.substring(10) : rest;
            TestMovement seeded = TestMovement.refund(order, "ref-" + order + "-" + refund++, -amount(rest), currency(rest),
                    old ? LAST_WEEK : TODAY);
            database.movement(cancelled ? seeded.asCancelled() : seeded);
        }
        List<TestRow> rows = new ArrayList<>();
        for (String row : words(reported)) {
            rows.add(TestRow.of(order, "Refund", amount(row), currency(row)));
        }

        UUID run = runs.reconcile(database.report(DAY, rows)).await().atMost(Duration.ofSeconds(60));

        Map<String, Long> counted = new TreeMap<>();
        database.totals(run).forEach((classAndCurrency, figures) -> counted.merge(classAndCurrency.split(" ")[0], figures.get(0), Long::sum));
        Map<String, Long> wanted = new TreeMap<>();
        for (String entry : words(classes)) {
            wanted.put(entry.split("=")[0], Long.parseLong(entry.split("=")[1]));
        }
        assertThat(counted).isEqualTo(wanted);
        assertThat(database.breaks()).hasSize((int) wanted.entrySet().stream().filter(entry -> !entry.getKey().equals("MATCHED"))
                .mapToLong(Map.Entry::getValue).sum());
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static long amount(String money) {
        return Long.parseLong(money.substring(0, money.length() - 3));
    }

    private static String currency(String money) {
        return money.substring(money.length() - 3);
    }
}
