package io.paybridge.testkit.bench;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The reconciliation benchmark's data set, a pure function of its seed, size and settlement date: {@code movements}
 * expected movements (as reconciliation-service records them from {@code payments.events.v1}) and a v1.2 settlement
 * report (ViewAutomaticSettlementDetailsCSV) of exactly as many rows that settles them, with a small planted share of
 * every break class and fee legs. Nothing is held in memory: movements and rows are produced one at a time, in
 * blocks of {@value #BLOCK} movements, and the report's rows come out in booking order.
 *
 * <p>Each block of {@value #BLOCK} movements has the same make-up (positions shuffled per block): 30 not yet due
 * (recorded on the settlement date's last hour, within the grace period, so in no report and no break), 2 missing
 * (recorded 5 days earlier and never settled), 2 settled with another amount, 1 in another currency, 2 settled twice
 * (the second row identical to the first), 963 settled exactly; and besides them 2 rows of orders the platform never
 * recorded and 28 fee and FX legs (a Deposit, Refund or AccountPayout Fee of the order at that position, or FX; in the
 * first blocks one Settlement Fee per currency instead of an FX row). So a block has 1,000 rows: 965 + 2 + 1 + 2 + 2 + 28.
 */
public final class SettlementDataSet {

    /** Movements (and report rows) per block; the data set's size is a multiple of it. */
    public static final int BLOCK = 1000;

    /** The currencies of the data set and their shares (70, 20, 10 %); every one has two decimals. */
    static final List<String> CURRENCIES = List.of("EUR", "SEK", "NOK");

    /** The fee and FX order types: legs, never matched against movements. */
    public static final List<String> LEG_TYPES = List.of("Deposit Fee", "Refund Fee", "AccountPayout Fee", "Settlement Fee", "FX");

    private static final int NOT_DUE = 30;
    private static final int MISSING = 2;
    private static final int AMOUNT_MISMATCHES = 2;
    private static final int CURRENCY_MISMATCHES = 1;
    private static final int DUPLICATED = 2;
    private static final int UNEXPECTED = 2;
    private static final int LEGS = 28;
    /** Multiplier of the per-block shuffle of positions; coprime to BLOCK, so the shuffle is a permutation. */
    private static final int SHUFFLE = 389;
    private static final long DAY_MICROS = 86_400_000_000L;

    /** What the generator made of one movement. */
    public enum Fate {
        /** Recorded within the grace period before the end of the settlement date: in no report yet, no break. */
        NOT_DUE,
        /** Recorded well before the grace period and in no report: MISSING_IN_REPORT. */
        MISSING,
        /** Settled with another amount: AMOUNT_MISMATCH. */
        AMOUNT_MISMATCH,
        /** Settled in another currency: CURRENCY_MISMATCH. */
        CURRENCY_MISMATCH,
        /** Settled exactly, and the same row once more: MATCHED and DUPLICATE_IN_REPORT. */
        DUPLICATED,
        /** Settled exactly: MATCHED. */
        MATCHED
    }

    /** An expected movement, signed from the merchant account's point of view like the report's amounts. */
    public record Movement(long index, String pspOrderId, String orderType, String movementRef, long amountMinor,
            String currency, String paymentReference, String correlationId, Instant occurredAt, Fate fate) {
    }

    /** A report row without its {@code total} column (the sum of its currency over the report). */
    public record Row(Instant bookedAt, String accountName, String currency, long amountMinor, String orderId,
            String orderType, String messageId, Long fxAmountMinor, String fxCurrency, String externalReference) {
    }

    /** What the data set plants, as the reconciliation should find it. */
    public record Planted(Map<String, Long> classes, Map<String, Long> legs, long rows, long movements) {

        /** Legs of every type together. */
        public long legRows() {
            return legs.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final long seed;
    private final int movements;
    private final LocalDate settlementDate;
    private final Instant dayStart;

    /**
     * @param movements the number of expected movements, and of report rows: a positive multiple of {@value #BLOCK}
     */
    public SettlementDataSet(long seed, int movements, LocalDate settlementDate) {
        if (movements <= 0 || movements % BLOCK != 0) {
            throw new IllegalArgumentException("the data set's size must be a positive multiple of " + BLOCK + ", not " + movements);
        }
        this.seed = seed;
        this.movements = movements;
        this.settlementDate = settlementDate;
        this.dayStart = settlementDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return movements;
    }

    public LocalDate settlementDate() {
        return settlementDate;
    }

    /** The settlement reference of a currency's batch: the bank withdrawal id on every row of that currency. */
    public String bankWithdrawalId(String currency) {
        return Long.toString(1_000_000_000L + Math.floorMod(seed, 1_000_000) * 10L + CURRENCIES.indexOf(currency));
    }

    /** The currencies the data set uses. */
    public List<String> currencies() {
        return CURRENCIES;
    }

    /** Every expected movement, in index order. */
    public void movements(Consumer<Movement> sink) {
        for (long i = 0; i < movements; i++) {
            sink.accept(movement(i));
        }
    }

    /** Every report row, in booking order (the order of the report). */
    public void rows(Consumer<Row> sink) {
        for (long i = 0; i < movements; i++) {
            Movement movement = movement(i);
            Instant booked = bookedAt(i);
            switch (movement.fate()) {
                case NOT_DUE, MISSING -> { }
                case MATCHED -> sink.accept(rowOf(movement, booked));
                case DUPLICATED -> {
                    // a duplicate is the same line twice, as a report written twice over shows it
                    sink.accept(rowOf(movement, booked));
                    sink.accept(rowOf(movement, booked));
                }
                case AMOUNT_MISMATCH -> {
                    long difference = 1 + Math.floorMod(mix(i, 7), 99);
                    sink.accept(withAmount(rowOf(movement, booked), movement.amountMinor() + difference));
                }
                case CURRENCY_MISMATCH -> sink.accept(withCurrency(rowOf(movement, booked), otherCurrency(movement.currency())));
            }
            // the block's extra rows hang off the first positions of the block, after that position's own rows
            long position = i % BLOCK;
            if (position < UNEXPECTED) {
                sink.accept(unexpected(i, booked.plusNanos(2000)));
            } else if (position < UNEXPECTED + LEGS) {
                sink.accept(leg(movement, i, booked.plusNanos(3000)));
            }
        }
    }

    /** The sum of the report's rows per currency: the {@code total} column. */
    public Map<String, Long> totals() {
        Map<String, Long> totals = new TreeMap<>();
        rows(row -> totals.merge(row.currency(), row.amountMinor(), Math::addExact));
        return totals;
    }

    /** What a correct reconciliation of this report against these movements finds, counted while generating. */
    public Planted planted() {
        Map<Fate, Long> fates = new EnumMap<>(Fate.class);
        movements(movement -> fates.merge(movement.fate(), 1L, Long::sum));
        Map<String, Long> legs = new TreeMap<>();
        long[] rows = new long[1];
        long[] unexpected = new long[1];
        rows(row -> {
            rows[0]++;
            if (LEG_TYPES.contains(row.orderType())) {
                legs.merge(row.orderType(), 1L, Long::sum);
            } else if (row.orderId().startsWith("9")) {
                unexpected[0]++;
            }
        });
        Map<String, Long> classes = new TreeMap<>();
        classes.put("MATCHED", fates.getOrDefault(Fate.MATCHED, 0L) + fates.getOrDefault(Fate.DUPLICATED, 0L));
        classes.put("AMOUNT_MISMATCH", fates.getOrDefault(Fate.AMOUNT_MISMATCH, 0L));
        classes.put("CURRENCY_MISMATCH", fates.getOrDefault(Fate.CURRENCY_MISMATCH, 0L));
        classes.put("DUPLICATE_IN_REPORT", fates.getOrDefault(Fate.DUPLICATED, 0L));
        classes.put("MISSING_IN_REPORT", fates.getOrDefault(Fate.MISSING, 0L));
        classes.put("UNEXPECTED_IN_REPORT", unexpected[0]);
        return new Planted(classes, legs, rows[0], movements);
    }

    /** The report as CSV: the v1.2 header and every row, {@code \n} line ends, as Trustly sends it. */
    public void writeCsv(Writer out) {
        SettlementFiles.writeCsv(this, out);
    }

    /** The movements in PostgreSQL's COPY text format, the columns of {@link SettlementFiles#MOVEMENT_COLUMNS}. */
    public void writeMovementsCopy(Writer out) {
        SettlementFiles.writeMovementsCopy(this, out);
    }

    Movement movement(long i) {
        Fate fate = fate(slot(i));
        String type = orderType(i);
        String currency = currency(i);
        long magnitude = 100 + Math.floorMod(mix(i, 3), 99_901);
        long amount = switch (type) {
            case "Deposit", "Charge" -> magnitude;
            default -> -magnitude;
        };
        // Trustly books a refund on the deposit's order id; here on the order of the neighbouring index (i ^ 1), which
        // keeps every (order id, order type) unique: two neighbouring refunds take each other's order id
        String pspOrderId = "Refund".equals(type) ? orderId(i ^ 1) : orderId(i);
        Instant occurredAt = switch (fate) {
            // within the grace period (3 days by default) before the end of the settlement date
            case NOT_DUE -> dayStart.plusSeconds(86_400 - 1 - Math.floorMod(mix(i, 5), 3_600));
            // older than any grace period up to 4 days
            case MISSING -> dayStart.minusSeconds(5 * 86_400L + Math.floorMod(mix(i, 5), 3_600));
            // a few hours to a day before the PSP booked it
            default -> bookedAt(i).minusSeconds(600 + Math.floorMod(mix(i, 5), 86_400));
        };
        return new Movement(i, pspOrderId, type, movementRef(type, i), amount, currency, "bench-pr-" + seedTag() + "-" + i,
                "bench-" + seedTag() + "-" + i, occurredAt, fate);
    }

    private Row rowOf(Movement movement, Instant booked) {
        String type = movement.orderType();
        return new Row(booked, accountName(type), movement.currency(), movement.amountMinor(), movement.pspOrderId(), type,
                "msg-" + seedTag() + "-" + movement.index(), null, null,
                "Deposit".equals(type) || "Charge".equals(type) || "Refund".equals(type) ? "ext-" + movement.index() : null);
    }

    private Row unexpected(long i, Instant booked) {
        String currency = currency(i + 1);
        long amount = 100 + Math.floorMod(mix(i, 11), 50_000);
        return new Row(booked, accountName("Deposit"), currency, amount, "9" + orderId(i).substring(1), "Deposit",
                "msg-unknown-" + seedTag() + "-" + i, null, null, null);
    }

    private Row leg(Movement movement, long i, Instant booked) {
        String currency = movement.currency();
        long block = i / BLOCK;
        int legIndex = (int) (i % BLOCK) - UNEXPECTED;
        if (legIndex == LEGS - 1) {
            if (block < CURRENCIES.size()) {
                String settled = CURRENCIES.get((int) block);
                return new Row(booked, "TRANSACTION_FEE_SETTLEMENT", settled, -(500 + block), null, "Settlement Fee",
                        null, null, null, null);
            }
            long fx = 100 + Math.floorMod(mix(i, 13), 10_000);
            String paid = otherCurrency(currency);
            return new Row(booked, "CURRENCY_EXCHANGE", currency, -Math.floorMod(mix(i, 17), 200) - 1, movement.pspOrderId(),
                    "FX", "msg-" + seedTag() + "-" + i, fx, paid, null);
        }
        String type = switch (movement.orderType()) {
            case "Refund" -> "Refund Fee";
            case "AccountPayout", "Withdraw" -> "AccountPayout Fee";
            default -> "Deposit Fee";
        };
        String account = switch (type) {
            case "Refund Fee" -> "TRANSACTION_FEE_REFUND";
            case "AccountPayout Fee" -> "TRANSACTION_FEE_BANK_WITHDRAWAL";
            default -> "TRANSACTION_FEE_BANK_DEPOSIT";
        };
        long fee = 10 + Math.floorMod(mix(i, 19), 90);
        return new Row(booked, account, currency, -fee, movement.pspOrderId(), type, "msg-" + seedTag() + "-" + i, null, null, null);
    }

    private Instant bookedAt(long i) {
        // spread over the settlement date in index order, so the report is in booking order
        return dayStart.plusNanos(i * (DAY_MICROS / movements) * 1000);
    }

    /** The position's place in the block's make-up: a per-block permutation of 0..BLOCK-1. */
    private int slot(long i) {
        long block = i / BLOCK;
        return (int) Math.floorMod((i % BLOCK) * SHUFFLE + block * 211 + seed, BLOCK);
    }

    private static Fate fate(int slot) {
        int bound = NOT_DUE;
        if (slot < bound) {
            return Fate.NOT_DUE;
        }
        if (slot < (bound += MISSING)) {
            return Fate.MISSING;
        }
        if (slot < (bound += AMOUNT_MISMATCHES)) {
            return Fate.AMOUNT_MISMATCH;
        }
        if (slot < (bound += CURRENCY_MISMATCHES)) {
            return Fate.CURRENCY_MISMATCH;
        }
        if (slot < bound + DUPLICATED) {
            return Fate.DUPLICATED;
        }
        return Fate.MATCHED;
    }

    private String orderType(long i) {
        int share = Math.floorMod(mix(i, 1), 100);
        if (share < 80) {
            return "Deposit";
        }
        if (share < 90) {
            return "Refund";
        }
        if (share < 95) {
            return "AccountPayout";
        }
        return share < 98 ? "Charge" : "Withdraw";
    }

    private String currency(long i) {
        int share = Math.floorMod(mix(i, 2), 10);
        return share < 7 ? "EUR" : share < 9 ? "SEK" : "NOK";
    }

    private static String otherCurrency(String currency) {
        return CURRENCIES.get((CURRENCIES.indexOf(currency) + 1) % CURRENCIES.size());
    }

    /** A 10-digit order id starting with 1..8, unique per index (orders the platform never recorded start with 9). */
    private String orderId(long i) {
        return Long.toString(1_000_000_000L + Math.floorMod(seed, 100) * 10_000_000L + i);
    }

    private String movementRef(String type, long i) {
        return switch (type) {
            case "Refund" -> "rfd_bench_" + seedTag() + "_" + i;
            case "AccountPayout" -> "pay_bench_" + seedTag() + "_" + i;
            case "Withdraw" -> "wdl_bench_" + seedTag() + "_" + i;
            default -> "pr-bench-" + seedTag() + "-" + i;
        };
    }

    private static String accountName(String type) {
        return switch (type) {
            case "Deposit", "Charge" -> "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE";
            default -> "BANK_WITHDRAWAL_QUEUED";
        };
    }

    private String seedTag() {
        return Long.toString(seed);
    }

    /** A deterministic 32-bit hash of (seed, index, salt): SplitMix64's finalizer. */
    private int mix(long i, int salt) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    private static Row withAmount(Row row, long amount) {
        return new Row(row.bookedAt(), row.accountName(), row.currency(), amount, row.orderId(), row.orderType(),
                row.messageId(), row.fxAmountMinor(), row.fxCurrency(), row.externalReference());
    }

    private static Row withCurrency(Row row, String currency) {
        return new Row(row.bookedAt(), row.accountName(), currency, row.amountMinor(), row.orderId(), row.orderType(),
                row.messageId(), row.fxAmountMinor(), row.fxCurrency(), row.externalReference());
    }
}
