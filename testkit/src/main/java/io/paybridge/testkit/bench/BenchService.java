package io.paybridge.testkit.bench;

import io.paybridge.testkit.stack.StackException;
import io.paybridge.testkit.stack.StackSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reconciliation-service the benchmark measures: the stack's build of it, started as {@code ./paybridge} starts it
 * ({@code -Xmx256m}, the stack's Kafka, JWT key and Trustly settings from the environment) but on the benchmark's own
 * database and port, with a consumer group of its own that reads only new events (so the stack's events neither reach
 * the benchmark's database nor leave the stack's service) and no scheduled pull. While it works, its resident set ({@code /proc}) and heap
 * (its Prometheus metrics) are sampled for their peaks.
 */
final class BenchService implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);

    private final Process process;
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong peakRssKb = new AtomicLong();
    private final AtomicLong peakHeapBytes = new AtomicLong();
    private volatile boolean sampling;
    private Thread sampler;

    private BenchService(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the service from the stack's build and waits until it is ready. */
    static BenchService start(Path root, StackSettings settings, BenchDatabase database, int port, Path log)
            throws IOException, InterruptedException {
        Path jar = root.resolve("reconciliation-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException("reconciliation-service is not built (" + jar + "); build it: ./mvnw -B -q package -DskipTests");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Dpaybridge.component=reconciliation-bench", "-jar",
                jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", StackSettings.DATABASE_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("PAYBRIDGE_JWT_PUBLIC_KEY_FILE", settings.jwtDir().resolve("public.pem").toString());
        env.put("MP_MESSAGING_INCOMING_PAYMENT_EVENTS_GROUP_ID", "reconciliation-bench-" + System.currentTimeMillis());
        env.put("MP_MESSAGING_INCOMING_PAYMENT_EVENTS_AUTO_OFFSET_RESET", "latest");
        // no scheduled pull from the sandbox during the run
        env.put("PAYBRIDGE_RECONCILIATION_PULL_CRON", "off");
        // the run's steps and their times in the log (io.paybridge.reconciliation.run.steps at DEBUG)
        env.put("QUARKUS_LOG_CATEGORY__IO_PAYBRIDGE_RECONCILIATION_RUN_STEPS__LEVEL", "DEBUG");
        Files.createDirectories(log.getParent());
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        BenchService service = new BenchService(process, URI.create("http://localhost:" + port));
        try {
            service.awaitReady(log);
        } catch (RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        return service;
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** Starts sampling the resident set and heap, every {@code SAMPLE_EVERY}. */
    void startSampling() {
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                rssKb("VmRSS").ifPresent(kb -> peakRssKb.accumulateAndGet(kb, Math::max));
                heapBytes().ifPresent(bytes -> peakHeapBytes.accumulateAndGet(bytes, Math::max));
                try {
                    Thread.sleep(SAMPLE_EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling; answers the peaks seen while sampling. */
    Memory stopSampling() throws InterruptedException {
        sampling = false;
        sampler.join();
        return new Memory(peakRssKb.get(), rssKb("VmHWM").orElse(-1), peakHeapBytes.get());
    }

    /** Peak resident set while sampling and since the JVM started (VmHWM), and peak heap in use, as sampled. */
    record Memory(long sampledRssKb, long highWaterRssKb, long heapBytes) {
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackException("the benchmark's reconciliation-service exited while starting; see " + log);
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new StackException("the benchmark's reconciliation-service was not ready within " + START_LIMIT.toSeconds()
                + " s; see " + log);
    }

    private int status(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private OptionalLong rssKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended, or this is no Linux
        }
        return OptionalLong.empty();
    }

    /** The heap in use: the sum of {@code jvm_memory_used_bytes{area="heap"}} over the pools. */
    private OptionalLong heapBytes() {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(url.resolve("/q/metrics"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() != 200) {
                return OptionalLong.empty();
            }
            List<Long> pools = new ArrayList<>();
            metrics.body().lines().filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .forEach(line -> pools.add((long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
            return pools.isEmpty() ? OptionalLong.empty() : OptionalLong.of(pools.stream().mapToLong(Long::longValue).sum());
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
