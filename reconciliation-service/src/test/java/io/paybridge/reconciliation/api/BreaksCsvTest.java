package io.paybridge.reconciliation.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.reconciliation.api.persistence.BreakRecord;
import io.paybridge.reconciliation.api.persistence.BreakSection;
import io.smallrye.mutiny.Multi;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BreaksCsvTest {

    private static final UUID RUN = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
    private static final UUID BREAK = UUID.fromString("0b1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    @Test
    void fieldsWithACommaAQuoteOrALineBreakAreQuotedWithQuotesDoubled() {
        assertThat(BreaksCsv.field("plain-ref_1.2")).isEqualTo("plain-ref_1.2");
        assertThat(BreaksCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(BreaksCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(BreaksCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BreaksCsv.field("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(BreaksCsv.field(null)).isEmpty();
        assertThat(BreaksCsv.field(-1234L)).isEqualTo("-1234");
    }

    @Test
    void aLineHasEveryColumnWithAmountsInMinorUnitsAndAsDecimals() {
        BreakRecord mismatch = new BreakRecord(BREAK, BreakSection.NEW, "AMOUNT_MISMATCH", "4100000001", "Refund",
                "pr,1", "corr-1", -1_000L, "EUR", -995L, "EUR", 17L, 5L, 23, RUN, RUN, null,
                Instant.parse("2026-11-21T05:00:00.123456Z"), null, null);

        String line = BreaksCsv.line(mismatch);

        assertThat(line).isEqualTo("NEW," + BREAK + ",AMOUNT_MISMATCH,4100000001,Refund,\"pr,1\",corr-1,-1000,-10.00,EUR,"
                + "-995,-9.95,EUR,17,5,23," + RUN + "," + RUN + ",,2026-11-21T05:00:00.123456Z,,\r\n");
        assertThat(line.split(",", -1)).hasSize(BreaksCsv.COLUMNS.size() + 1); // the quoted reference holds one comma
        assertThat(BreaksCsv.header()).isEqualTo(String.join(",", BreaksCsv.COLUMNS) + "\r\n");
    }

    @Test
    void anAmountInACurrencyWithoutMinorUnitsIsShownInMinorUnitsOnly() {
        BreakRecord odd = new BreakRecord(BREAK, BreakSection.PERSISTING, "UNEXPECTED_IN_REPORT", null, null, "pr", "c",
                null, null, 500L, "XAU", null, null, null, RUN, RUN, null, Instant.parse("2026-11-21T05:00:00Z"), null, null);

        assertThat(BreaksCsv.line(odd)).contains(",,,,500,,XAU,");
    }

    @Test
    void theExportIsTheHeaderThenTheLinesInChunks() {
        List<BreakRecord> breaks = IntStream.range(0, BreaksCsv.LINES_PER_CHUNK + 1)
                .mapToObj(i -> new BreakRecord(UUID.randomUUID(), BreakSection.RESOLVED, "MISSING_IN_REPORT", "o" + i, "Deposit",
                        "pr" + i, "c" + i, (long) i, "SEK", null, null, null, null, null, RUN, RUN, RUN, Instant.EPOCH, Instant.EPOCH,
                        "MATCHED_IN_LATER_RUN"))
                .toList();

        List<String> chunks = BreaksCsv.of(Multi.createFrom().iterable(breaks)).collect().asList().await().indefinitely();

        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(0)).isEqualTo(BreaksCsv.header());
        assertThat(chunks.get(1).lines()).hasSize(BreaksCsv.LINES_PER_CHUNK);
        assertThat(chunks.get(2)).isEqualTo(BreaksCsv.line(breaks.get(BreaksCsv.LINES_PER_CHUNK)));
    }
}
