package io.paybridge.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.testkit.stack.DevTokens;
import io.paybridge.testkit.stack.MainRunner;
import io.paybridge.testkit.stack.StackException;
import io.paybridge.testkit.stack.StackSettings;
import io.paybridge.testkit.stack.UsageException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark behind {@code bench/reconcile-settlement.sh}: a deterministic data set of N expected movements and an
 * N-row v1.2 settlement report ({@link SettlementDataSet}); the movements loaded into a scratch database of the local
 * stack's PostgreSQL as untimed setup; then, timed, the plain alternative ({@link PlainReconciliation}: COPY of the CSV
 * and one SQL join) and the reconciliation through a reconciliation-service of its own ({@link BenchService}:
 * {@code POST /v1/reports} of the CSV file, streamed, until its run is finished), with the service JVM's peak memory.
 * Prints both, their ratio, and the class counts of each beside those the data set planted; fails if they disagree.
 */
public final class ReconcileBench {

    /** The targets of the issue. */
    static final double TARGET_ROWS_PER_SECOND = 50_000;
    static final double TARGET_RATIO = 1.5;

    private static final Duration UPLOAD_LIMIT = Duration.ofMinutes(30);

    private final PrintStream out;
    private final StackSettings settings;
    private final Path root;
    private final SettlementDataSet data;
    private final int port;
    private final Duration grace;

    ReconcileBench(PrintStream out, StackSettings settings, Path root, SettlementDataSet data, int port, Duration grace) {
        this.out = out;
        this.settings = settings;
        this.root = root;
        this.data = data;
        this.port = port;
        this.grace = grace;
    }

    public static void main(String[] args) {
        MainRunner.run("reconcile-bench", () -> {
            Locale.setDefault(Locale.ROOT);
            if (args.length != 2) {
                throw new UsageException("usage: ReconcileBench ROOT N (the repository, N movements and report rows)");
            }
            Map<String, String> env = System.getenv();
            int n = positive(args[1], "N (movements and report rows)");
            if (n % SettlementDataSet.BLOCK != 0) {
                throw new UsageException("N must be a multiple of " + SettlementDataSet.BLOCK + ", not " + n);
            }
            long seed = positive(env.getOrDefault("PAYBRIDGE_BENCH_SEED", "7"), "PAYBRIDGE_BENCH_SEED");
            LocalDate date = LocalDate.parse(env.getOrDefault("PAYBRIDGE_BENCH_SETTLEMENT_DATE", "2026-11-20"));
            int port = positive(env.getOrDefault("PAYBRIDGE_BENCH_RECONCILIATION_PORT", "18084"), "PAYBRIDGE_BENCH_RECONCILIATION_PORT");
            Duration grace = Duration.parse(env.getOrDefault("PAYBRIDGE_RECONCILIATION_GRACE", "P3D"));
            boolean agreed = new ReconcileBench(System.out, StackSettings.fromEnvironment(), Path.of(args[0]),
                    new SettlementDataSet(seed, n, date), port, grace).run();
            if (!agreed) {
                System.exit(1);
            }
        });
    }

    /** Runs the benchmark and prints the report; false if the service's classes differ from the plain join's or the plan. */
    boolean run() throws Exception {
        out.printf("reconciliation benchmark: %,d expected movements, a %,d-row v1.2 settlement report (seed %d, settlement"
                + " date %s, grace %s)%n", data.size(), data.size(), data.seed(), data.settlementDate(), grace);
        Path csv = settings.stateDir().resolve("bench").resolve("settlement-" + data.settlementDate() + "-" + data.size() + ".csv");
        long started = System.nanoTime();
        Files.createDirectories(csv.getParent());
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            data.writeCsv(writer);
        }
        SettlementDataSet.Planted planted = data.planted();
        Map<String, Long> totals = data.totals();
        out.printf("data set: %s (%,d bytes, %,d rows) written in %.1f s%n", csv, Files.size(csv), planted.rows(), seconds(started));

        BenchDatabase database = new BenchDatabase(settings);
        database.recreate();
        Path log = settings.stateDir().resolve("logs").resolve("reconciliation-bench.log");
        try (BenchService service = BenchService.start(root, settings, database, port, log);
                Connection connection = database.connect()) {
            out.printf("service: reconciliation-service pid %d on %s, -Xmx256m, database %s (log %s)%n", service.pid(),
                    service.url(), BenchDatabase.NAME, log);

            started = System.nanoTime();
            BenchDatabase.loadMovements(connection, data);
            BenchDatabase.loadBankTransfers(connection, data, totals);
            out.printf("setup (untimed): %,d movements COPied into reconciliation.expected_movement, %d bank transfers into"
                    + " ledger_entry, VACUUM ANALYZE, in %.1f s%n", data.size(), totals.size(), seconds(started));

            Instant missingBefore = data.settlementDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(grace);
            PlainReconciliation.Result plain = PlainReconciliation.run(connection, csv, missingBefore);
            out.printf("plain alternative: COPY of the CSV and ANALYZE %.2f s + one SQL join %.2f s = %.2f s (%,.0f rows/s)%n",
                    plain.copyNanos() / 1e9, plain.joinNanos() / 1e9, plain.totalNanos() / 1e9,
                    plain.rows() / (plain.totalNanos() / 1e9));

            // untimed, as the plain alternative's connection is open before its clock starts: the client and its token,
            // and one authenticated request, so the service has verified a token and answered HTTP once, as a running one has
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = token();
            answered(http, service.url(), token);
            service.startSampling();
            started = System.nanoTime();
            String runId = upload(service.url(), token, csv);
            long serviceNanos = System.nanoTime() - started;
            BenchService.Memory memory = service.stopSampling();
            ClassTally found = statement(http, service.url(), token, runId);
            double rowsPerSecond = planted.rows() / (serviceNanos / 1e9);
            double ratio = serviceNanos / (double) plain.totalNanos();
            out.printf("service: POST /v1/reports (the file, streamed) until run %s finished: %.2f s (%,.0f rows/s)%n", runId,
                    serviceNanos / 1e9, rowsPerSecond);
            out.printf("    JVM memory: peak RSS %,d MB while reconciling (%,d MB since start, VmHWM), peak heap in use %,d MB"
                    + " of 256 MB (-Xmx)%n", memory.sampledRssKb() / 1024, memory.highWaterRssKb() / 1024,
                    memory.heapBytes() / (1024 * 1024));
            out.printf("ratio service / plain: %.2f%n", ratio);

            boolean agreed = printClasses(planted, found, plain.tally());
            out.printf("targets: >= %,.0f rows/s: %s (%,.0f); <= %.1fx the plain alternative: %s (%.2fx)%n", TARGET_ROWS_PER_SECOND,
                    rowsPerSecond >= TARGET_ROWS_PER_SECOND ? "met" : "MISSED", rowsPerSecond, TARGET_RATIO,
                    ratio <= TARGET_RATIO ? "met" : "MISSED", ratio);
            return agreed;
        }
    }

    /** Prints each class as planted, as the service found it and as the plain join found it; true if all three agree. */
    private boolean printClasses(SettlementDataSet.Planted planted, ClassTally service, ClassTally plain) {
        out.printf("%-22s %12s %12s %12s%n", "class", "planted", "service", "plain");
        List<String> classes = List.of("MATCHED", "AMOUNT_MISMATCH", "CURRENCY_MISMATCH", "MISSING_IN_REPORT",
                "UNEXPECTED_IN_REPORT", "DUPLICATE_IN_REPORT");
        boolean agreed = true;
        for (String kind : classes) {
            long expected = planted.classes().getOrDefault(kind, 0L);
            out.printf("%-22s %,12d %,12d %,12d%n", kind, expected, service.count(kind), plain.count(kind));
            agreed &= expected == service.count(kind) && expected == plain.count(kind);
        }
        for (String leg : SettlementDataSet.LEG_TYPES) {
            long expected = planted.legs().getOrDefault(leg, 0L);
            out.printf("%-22s %,12d %,12d %,12d%n", "leg: " + leg, expected, service.count(leg), plain.count(leg));
            agreed &= expected == service.count(leg) && expected == plain.count(leg);
        }
        String difference = service.firstDifference(plain);
        out.printf("class counts and sums per currency, service vs plain: %s%n", difference == null ? "agree" : "DIFFER: " + difference);
        return agreed && difference == null;
    }

    /** Uploads the report, streamed from the file; answers the run id once the run is finished. */
    private String upload(URI service, String token, Path csv) throws IOException {
        HttpAnswer response = FileUpload.post(service.resolve("/v1/reports?settlementDate=" + data.settlementDate()), csv,
                "text/csv", "Bearer " + token, UPLOAD_LIMIT);
        if (response.status() != 201) {
            throw new StackException("POST /v1/reports answered " + response.status() + " (201 expected for a new report): "
                    + response.text());
        }
        JsonNode body = JsonRpc.mapper().readTree(response.text());
        if (!body.path("runId").isTextual()) {
            throw new StackException("POST /v1/reports answered no runId: " + response.text());
        }
        return body.path("runId").asText();
    }

    /** The run's class counts and sums and its legs, read from its statement ({@code GET /v1/reconciliations/{id}}). */
    private ClassTally statement(HttpClient http, URI service, String token, String runId) throws IOException, InterruptedException {
        JsonNode statement = JsonRpc.mapper().readTree(get(http, service, token, "/v1/reconciliations/" + runId));
        if (!"FINISHED".equals(statement.path("status").asText())) {
            throw new StackException("run " + runId + " is " + statement.path("status").asText() + ", not FINISHED");
        }
        ClassTally tally = new ClassTally();
        statement.path("totals").forEach(line -> tally.add(line.path("matchClass").asText(), line.path("currency").asText(),
                line.path("count").asLong(), line.path("amountMinor").asLong()));
        statement.path("legs").forEach(line -> tally.add(line.path("orderType").asText(), line.path("currency").asText(),
                line.path("count").asLong(), line.path("amountMinor").asLong()));
        return tally;
    }

    /** The service's list of runs, read once before the clock starts (the data set's database has none yet). */
    private static void answered(HttpClient http, URI service, String token) throws IOException, InterruptedException {
        get(http, service, token, "/v1/reconciliations");
    }

    private static String get(HttpClient http, URI service, String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new StackException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String token() {
        return DevTokens.fromEnvironment(settings, System.getenv()).mint(List.of("reconciliation:run", "reconciliation:read"));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int positive(String value, String name) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException(name + " must be a positive whole number, not '" + value + "'");
    }
}
