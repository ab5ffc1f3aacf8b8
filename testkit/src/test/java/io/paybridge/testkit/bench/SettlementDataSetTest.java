package io.paybridge.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.trustly.api.report.SettlementCsvParser;
import io.paybridge.trustly.api.report.SettlementRow;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SettlementDataSetTest {

    private static final LocalDate DATE = LocalDate.parse("2026-11-20");
    private final SettlementDataSet data = new SettlementDataSet(7, 4_000, DATE);

    @Test
    void eachBlockOfAThousandPlantsTheSameShareOfEveryClassAndLeg() {
        SettlementDataSet.Planted planted = data.planted();

        assertThat(planted.rows()).isEqualTo(4_000);
        assertThat(planted.movements()).isEqualTo(4_000);
        assertThat(planted.classes()).isEqualTo(Map.of("MATCHED", 3_860L, "AMOUNT_MISMATCH", 8L, "CURRENCY_MISMATCH", 4L,
                "MISSING_IN_REPORT", 8L, "UNEXPECTED_IN_REPORT", 8L, "DUPLICATE_IN_REPORT", 8L));
        assertThat(planted.legRows()).isEqualTo(112);
        assertThat(planted.legs()).containsEntry("Settlement Fee", 3L).containsEntry("FX", 1L);
        assertThat(planted.legs().keySet()).isSubsetOf(SettlementDataSet.LEG_TYPES);
    }

    @Test
    void theReportIsAStrictV12CsvInBookingOrderWhoseTotalsAreItsSums() {
        List<SettlementRow> rows = SettlementCsvParser.parse(csv(data));

        assertThat(csv(data)).startsWith(SettlementFiles.HEADER + "\n");
        assertThat(rows).hasSize(4_000);
        assertThat(rows).extracting(SettlementRow::datestamp).isSorted();
        Map<String, BigDecimal> sums = rows.stream().collect(Collectors.groupingBy(SettlementRow::currency,
                Collectors.reducing(BigDecimal.ZERO, SettlementRow::amount, BigDecimal::add)));
        for (SettlementRow row : rows) {
            assertThat(row.total()).as(row.currency()).isEqualByComparingTo(sums.get(row.currency()));
            assertThat(row.settlementBankWithdrawalId()).isEqualTo(data.bankWithdrawalId(row.currency())).hasSize(10);
            assertThat(row.datestamp().toLocalDate()).isEqualTo(DATE);
        }
        assertThat(data.totals()).containsOnlyKeys("EUR", "NOK", "SEK");
        data.totals().forEach((currency, total) ->
                assertThat(new BigDecimal(total).movePointLeft(2)).isEqualByComparingTo(sums.get(currency)));
    }

    @Test
    void everyMovementIsOnceAndItsFateDecidesItsRows() {
        List<SettlementDataSet.Movement> movements = new ArrayList<>();
        data.movements(movements::add);
        Map<String, List<SettlementRow>> rowsByKey = SettlementCsvParser.parse(csv(data)).stream()
                .collect(Collectors.groupingBy(row -> row.orderId() + "/" + row.orderType()));
        Set<String> keys = new HashSet<>();
        Set<String> facts = new HashSet<>();
        Instant dayEnd = DATE.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

        for (SettlementDataSet.Movement movement : movements) {
            String key = movement.pspOrderId() + "/" + movement.orderType();
            assertThat(keys.add(key)).as("one movement per order and type: %s", key).isTrue();
            assertThat(facts.add(movement.orderType() + "/" + movement.movementRef())).isTrue();
            List<SettlementRow> rows = rowsByKey.getOrDefault(key, List.of());
            BigDecimal amount = new BigDecimal(movement.amountMinor()).movePointLeft(2);
            switch (movement.fate()) {
                case NOT_DUE -> {
                    assertThat(rows).isEmpty();
                    assertThat(Duration.between(movement.occurredAt(), dayEnd)).isLessThan(Duration.ofDays(1));
                }
                case MISSING -> {
                    assertThat(rows).isEmpty();
                    assertThat(Duration.between(movement.occurredAt(), dayEnd)).isGreaterThan(Duration.ofDays(5));
                }
                case MATCHED -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.amount()).isEqualByComparingTo(amount);
                    assertThat(row.currency()).isEqualTo(movement.currency());
                });
                case DUPLICATED -> assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).isEqualTo(rows.get(0)));
                case AMOUNT_MISMATCH -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.amount()).isNotEqualByComparingTo(amount);
                    assertThat(row.currency()).isEqualTo(movement.currency());
                });
                case CURRENCY_MISMATCH -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.amount()).isEqualByComparingTo(amount);
                    assertThat(row.currency()).isNotEqualTo(movement.currency());
                });
            }
            assertThat(movement.amountMinor() > 0).as(movement.orderType())
                    .isEqualTo(List.of("Deposit", "Charge").contains(movement.orderType()));
        }
        Map<SettlementDataSet.Fate, Long> fates = new HashMap<>();
        movements.forEach(movement -> fates.merge(movement.fate(), 1L, Long::sum));
        assertThat(fates).containsEntry(SettlementDataSet.Fate.NOT_DUE, 120L).containsEntry(SettlementDataSet.Fate.MATCHED, 3_852L);
    }

    @Test
    void theSameSeedGivesTheSameDataSetAndAnotherSeedAnother() {
        assertThat(csv(new SettlementDataSet(7, 4_000, DATE))).isEqualTo(csv(data));
        assertThat(csv(new SettlementDataSet(8, 4_000, DATE))).isNotEqualTo(csv(data));
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        data.writeMovementsCopy(first);
        new SettlementDataSet(7, 4_000, DATE).writeMovementsCopy(second);
        assertThat(first.toString()).isEqualTo(second.toString()).hasLineCount(4_000);
    }

    @Test
    void aSizeThatIsNoWholeNumberOfBlocksIsRefused() {
        assertThatThrownBy(() -> new SettlementDataSet(7, 1_500, DATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 1000");
        assertThatThrownBy(() -> new SettlementDataSet(7, 0, DATE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalsAreExact() {
        assertThat(SettlementFiles.decimal(-1234)).isEqualTo("-12.34");
        assertThat(SettlementFiles.decimal(5)).isEqualTo("0.05");
        assertThat(SettlementFiles.decimal(-100)).isEqualTo("-1.00");
        assertThat(SettlementFiles.decimal(0)).isEqualTo("0.00");
    }

    private static String csv(SettlementDataSet data) {
        StringWriter out = new StringWriter();
        data.writeCsv(out);
        return out.toString();
    }
}
