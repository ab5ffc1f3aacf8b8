package io.paybridge.testkit.bench;

import io.paybridge.testkit.stack.MainRunner;
import io.paybridge.testkit.stack.SandboxMerchant;
import io.paybridge.testkit.stack.StackException;
import io.paybridge.testkit.stack.StackSettings;
import io.paybridge.testkit.stack.UsageException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.notification.InvalidMerchantReplyException;
import io.paybridge.trustly.notification.MerchantReplyParser;
import io.paybridge.trustly.notification.ReplyStatus;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The benchmark behind {@code bench/ingest-notifications.sh}: the signing bound of the merchant key on
 * every core, then signed credit notifications posted to notification-ingest-service over K connections
 * (after a warm-up) as fast as it answers, then at half the signing bound, then at half the throughput it
 * reached; every reply must be a signed OK that verifies with the merchant's key.
 */
public final class IngestBench {

    /** The key psp-sandbox signs with; under {@code ./paybridge up} the ingest trusts its public half. */
    static final String PSP_SIGNING_KEY = "psp-sandbox/signing-key.pem";

    /** The JIT takes 6–9 s of signing to settle on BigInteger's paths; a bound measured sooner reads 10–15 % low. */
    private static final Duration SIGNING_WARM_UP = Duration.ofSeconds(10);
    private static final Duration SIGNING_RUN = Duration.ofSeconds(3);
    /** After the first warm-up, further windows of this length while the rate still grows by more than WARM_UP_SETTLED. */
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(15);
    private static final double WARM_UP_SETTLED = 0.03;
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(240);
    private static final Duration OUTBOX_DRAIN_LIMIT = Duration.ofSeconds(120);
    private static final DateTimeFormatter TRUSTLY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx");

    private final PrintStream out;
    private final StackSettings settings;
    private final int count;
    private final int connections;
    private final List<String> invalid = new ArrayList<>();
    private CpuUsage cpu;
    private final OutboxBacklog outbox;

    private final Duration warmUp;
    private final AnswerGaps gaps = new AnswerGaps();

    IngestBench(PrintStream out, StackSettings settings, int count, int connections, Duration warmUp) {
        this.out = out;
        this.settings = settings;
        this.count = count;
        this.connections = connections;
        this.warmUp = warmUp;
        this.outbox = new OutboxBacklog(settings);
    }

    public static void main(String[] args) {
        MainRunner.run("ingest-bench", () -> {
            Locale.setDefault(Locale.ROOT);
            if (args.length != 2) {
                throw new UsageException("usage: IngestBench N K (N notifications per pass, K concurrent connections)");
            }
            String warmUpSeconds = System.getenv().getOrDefault("PAYBRIDGE_BENCH_WARM_UP_SECONDS", "60");
            boolean passed = new IngestBench(System.out, StackSettings.fromEnvironment(),
                    positive(args[0], "N (notifications per pass)"), positive(args[1], "K (concurrent connections)"),
                    Duration.ofSeconds(positive(warmUpSeconds, "PAYBRIDGE_BENCH_WARM_UP_SECONDS"))).run();
            if (!passed) {
                System.exit(1);
            }
        });
    }

    /** Runs the benchmark and prints the report; false if any reply was not a verified, signed OK. */
    boolean run() throws Exception {
        SandboxMerchant merchant = SandboxMerchant.load(settings.merchantDir());
        PrivateKey pspKey = pspKey(merchant);
        URI endpoint = settings.ingestUrl().resolve("/notifications/trustly");
        int cores = Runtime.getRuntime().availableProcessors();
        cpu = CpuUsage.of(settings.stateDir(), cores).orElse(null);
        out.printf("notification-ingest-service benchmark: %d notifications per pass, %d connections, %s%n", count, connections, endpoint);
        out.printf("runtime: %d cores available, Java %s (%s), %s %s %s%n", cores, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));

        double bound = signingBound(merchant.privateKey(), cores);

        long preparing = System.nanoTime();
        // ids unique to this run: a later run starts more than its own count of milliseconds later
        long firstId = System.currentTimeMillis() * 1000;
        RsaSha1Signer pspSigner = new RsaSha1Signer(pspKey);
        List<List<Prepared>> batches = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            batches.add(prepare(firstId + (long) pass * count, count, pspSigner));
        }
        long warmUpIds = firstId + 3L * count;
        out.printf("prepared %d credit notifications with distinct notification ids in %.1f s, signed with %s%n",
                3 * count, (System.nanoTime() - preparing) / 1e9, PSP_SIGNING_KEY);

        MerchantReplyParser replies = new MerchantReplyParser(new SignatureVerifier(merchant.publicKey()));
        double halfBound = bound / 2;
        NotificationLoad.Run closedLoop;
        Latencies atHalfBound;
        try (NotificationLoad load = new NotificationLoad(endpoint, connections)) {
            warmUp(load, warmUpIds, pspSigner);
            closedLoop = pass(load, "pass 1, closed loop over " + connections + " connections", batches.get(0), 0, bound, replies);
            atHalfBound = new Latencies(pass(load, String.format("pass 2, scheduled at %.0f/s (half the signing bound)", halfBound),
                    batches.get(1), halfBound, bound, replies).latencyNanos());
            double sustainable = closedLoop.perSecond() / 2;
            pass(load, String.format("pass 3, scheduled at %.0f/s (half of pass 1's throughput)", sustainable), batches.get(2),
                    sustainable, bound, replies);
        }

        OptionalLong drained = outbox.millisUntilDrained(OUTBOX_DRAIN_LIMIT);
        out.printf("outbox: %s%n", drained.isPresent() ? "everything published " + drained.getAsLong() + " ms after the last acknowledgement"
                : "not drained within " + OUTBOX_DRAIN_LIMIT.toSeconds() + " s (or not readable)");

        int total = 3 * count;
        out.printf("replies: %d of %d signed OK and verified with the merchant's key%n", total - invalid.size(), total);
        invalid.stream().limit(5).forEach(problem -> out.println("  " + problem));
        out.printf("targets: ack throughput >= 50%% of the signing bound: %s (%.1f%%); p99 < 50 ms at half the signing bound: %s"
                        + " (%.1f ms)%n", closedLoop.perSecond() >= halfBound ? "met" : "MISSED",
                100 * closedLoop.perSecond() / bound, atHalfBound.millis(99) < 50 ? "met" : "MISSED", atHalfBound.millis(99));
        return invalid.isEmpty();
    }

    /**
     * Warms the ingest up, closed loop and signing on the fly, for the configured time and then in further
     * windows for as long as its rate still grows: a fresh ingest's JIT needs tens of thousands of
     * notifications to settle, and a pass measured before that measures the compiler, not the service.
     */
    private void warmUp(NotificationLoad load, long firstId, RsaSha1Signer pspSigner) throws InterruptedException {
        long sent = 0;
        long started = System.nanoTime();
        double previousRate = 0;
        Duration window = warmUp;
        while (true) {
            long offset = firstId + sent;
            NotificationLoad.WarmUp warmed = load.warmUp(i -> one(offset + i, pspSigner).body(), window);
            sent += warmed.answered() + warmed.refused() + warmed.failed();
            double rate = warmed.answered() / (double) window.toSeconds();
            out.printf("warm-up: %d notifications acknowledged in %d s (%.0f/s, closed loop, signed on the fly)%s%n",
                    warmed.answered(), window.toSeconds(), rate, warmed.refused() + warmed.failed() == 0 ? ""
                            : String.format("; %d answered otherwise, %d not answered (%s)", warmed.refused(),
                                    warmed.failed(), warmed.firstFailure()));
            boolean settled = previousRate > 0 && rate < previousRate * (1 + WARM_UP_SETTLED);
            if (settled || Duration.ofNanos(System.nanoTime() - started).compareTo(WARM_UP_LIMIT) >= 0) {
                if (!settled) {
                    out.printf("    still speeding up after %d s: the passes may measure an ingest that is not yet warm%n",
                            WARM_UP_LIMIT.toSeconds());
                }
                return;
            }
            previousRate = rate;
            window = WARM_UP_WINDOW;
        }
    }

    /** Measures and prints the signing bound, warning when other work on the machine took cores from it. */
    private double signingBound(PrivateKey merchantKey, int cores) throws InterruptedException {
        SigningBound.measure(merchantKey, cores, SIGNING_WARM_UP);
        Optional<CpuUsage.Sample> before = sample();
        double bound = SigningBound.measure(merchantKey, cores, SIGNING_RUN);
        Optional<CpuUsage.Sample> after = sample();
        out.printf("signing bound: %.0f SHA1withRSA signatures/s (2048-bit merchant key, %d threads, %d s)%n",
                bound, cores, SIGNING_RUN.toSeconds());
        if (before.isPresent() && after.isPresent() && cpu.selfCores(before.get(), after.get()) < 0.9 * cores) {
            out.printf("    WARNING: the signing threads got only %.2f of %d cores (other work on the machine): the bound is low"
                    + " and every ratio to it high; measure again when the machine is quiet%n", cpu.selfCores(before.get(), after.get()), cores);
        }
        return bound;
    }

    /** Sends a batch, verifies every reply and prints the throughput, the latencies and where the CPU went. */
    private NotificationLoad.Run pass(NotificationLoad load, String title, List<Prepared> batch, double rate, double bound,
            MerchantReplyParser replies) throws InterruptedException {
        Optional<CpuUsage.Sample> before = sample();
        NotificationLoad.Run run = load.send(bodies(batch), rate);
        Optional<CpuUsage.Sample> after = sample();
        verify(batch, run, replies);
        out.printf("%s: %d acks in %.2f s = %.0f acks/s (%.1f%% of the signing bound)%n", title, batch.size(),
                run.wallNanos() / 1e9, run.perSecond(), 100 * run.perSecond() / bound);
        out.printf("    latency%s %s%n", rate > 0 ? " from the scheduled send" : "", new Latencies(run.latencyNanos()).summary());
        if (rate > 0) {
            out.printf("    service time %s%n", new Latencies(run.serviceNanos()).summary());
        }
        out.printf("    %s%n", gaps.summary(run.serviceNanos(), run.answeredAtNanos()));
        if (before.isPresent() && after.isPresent()) {
            out.printf("    CPU: %s%n", cpu.between(before.get(), after.get(), batch.size()));
        }
        outbox.unpublished().ifPresent(waiting -> out.printf("    outbox: %d acknowledged notifications not yet published to Kafka%n",
                waiting));
        return run;
    }

    /** The sandbox's signing key, checked to be the one whose public half the ingest verifies with. */
    private PrivateKey pspKey(SandboxMerchant merchant) {
        Path file = settings.stateDir().resolve(PSP_SIGNING_KEY);
        if (!file.toFile().exists() || !merchant.pspPublicKeyFile().toFile().exists()) {
            throw new StackException("the benchmark signs as psp-sandbox with " + file + " and needs the key the ingest trusts, "
                    + merchant.pspPublicKeyFile() + "; start the stack first: ./paybridge up");
        }
        PrivateKey key = PemKeys.privateKey(file);
        String signing = PemKeys.fingerprint(PemKeys.publicKeyOf(key));
        String trusted = PemKeys.fingerprint(PemKeys.publicKey(merchant.pspPublicKeyFile()));
        if (!signing.equals(trusted)) {
            throw new StackException("the ingest trusts " + trusted + " (" + merchant.pspPublicKeyFile() + ") but " + file + " is "
                    + signing + "; restart the stack so that both are the sandbox's key: ./paybridge down && ./paybridge up");
        }
        return key;
    }

    /** {@code n} signed credit notifications as the sandbox sends them, one order each, ids from {@code firstId} on. */
    private static List<Prepared> prepare(long firstId, int n, RsaSha1Signer pspSigner) {
        return IntStream.range(0, n).parallel().mapToObj(i -> one(firstId + i, pspSigner)).toList();
    }

    /** A signed credit notification of its own order; {@code id} is its notification id and order id. */
    private static Prepared one(long id, RsaSha1Signer pspSigner) {
        String uuid = UUID.randomUUID().toString();
        int cents = (int) (id % 100_000);
        var data = JsonRpc.mapper().createObjectNode()
                .put("amount", (10 + cents / 100) + "." + String.format("%02d", cents % 100))
                .put("orderid", Long.toString(id))
                .put("currency", "EUR")
                .put("enduserid", "bench-user-" + (id % 1000))
                .put("messageid", "bench-" + uuid)
                .put("timestamp", ZonedDateTime.now(ZoneOffset.UTC).format(TRUSTLY_TIME))
                .put("notificationid", Long.toString(id));
        return new Prepared(uuid, JsonRpc.write(JsonRpc.notification("credit", uuid, data, pspSigner)));
    }

    private void verify(List<Prepared> sent, NotificationLoad.Run run, MerchantReplyParser replies) {
        run.failures().forEach(invalid::add);
        for (int i = 0; i < sent.size(); i++) {
            if (run.replies()[i] == null) {
                continue;
            }
            if (run.status()[i] != 200) {
                invalid.add("notification " + sent.get(i).uuid() + ": HTTP " + run.status()[i]);
                continue;
            }
            try {
                if (replies.read(run.replies()[i], "credit", sent.get(i).uuid()).status() != ReplyStatus.OK) {
                    invalid.add("notification " + sent.get(i).uuid() + ": answered FAILED");
                }
            } catch (InvalidMerchantReplyException e) {
                invalid.add(e.getMessage());
            }
        }
    }

    private Optional<CpuUsage.Sample> sample() {
        return cpu == null ? Optional.empty() : cpu.sample();
    }

    private static List<byte[]> bodies(List<Prepared> batch) {
        return batch.stream().map(Prepared::body).toList();
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

    /** A signed notification body and the uuid its reply must carry. */
    private record Prepared(String uuid, byte[] body) {
    }
}
