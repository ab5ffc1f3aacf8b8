package io.paybridge.testkit.kafka;

import io.paybridge.testkit.ServerDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker in a child JVM that a test can stop and start again on the same
 * address with its data kept, for the fault tests the shared in-process {@link EmbeddedKafka} cannot serve.
 *
 * <p>The child runs with this JVM's class path (under surefire the test class path, which holds
 * {@code kafka_2.13} through testkit). Its output goes to {@code kafka.log} in a temporary directory
 * that also holds the broker's data; the directory is kept across {@link #stop()} and
 * {@link #restart()} and deleted by {@link #close()}. The child ends with this JVM: a shutdown hook
 * stops it when this JVM exits normally or on SIGTERM, and the child itself ({@link KafkaChild})
 * stops when its standard input, whose other end only this JVM holds, closes, which also covers
 * SIGKILL. What a SIGKILLed JVM leaves behind is the temporary directory.
 */
public final class RestartableKafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RestartableKafka.class.getName());
    private static final String HOST = "127.0.0.1";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    private final Path config;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private final Thread shutdownHook;
    private volatile Process process;
    private boolean closed;

    private RestartableKafka(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.config = directory.resolve("server.properties");
        this.log = directory.resolve("kafka.log");
        this.port = port;
        this.controllerPort = controllerPort;
        this.shutdownHook = new Thread(this::stopAtExit, "restartable-kafka-shutdown");
    }

    /** Formats a new broker in a temporary directory, starts it and creates the catalog topics. */
    public static RestartableKafka start() {
        Path directory = ServerDirectories.create("restartable-kafka-", "restartable Kafka broker");
        int[] ports = freePorts(2);
        RestartableKafka kafka = new RestartableKafka(directory, ports[0], ports[1]);
        Runtime.getRuntime().addShutdownHook(kafka.shutdownHook);
        try {
            kafka.writeConfig();
            kafka.format();
            kafka.launch();
            kafka.createCatalogTopics();
            LOG.info(() -> "restartable Kafka broker ready at " + kafka.bootstrapServers() + ", data in " + directory);
            return kafka;
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** host:port of the broker, the same before and after a restart. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** A new admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(clientProperties(Map.of()));
    }

    /** Client properties pointing at this broker, plus the given ones. */
    public Properties clientProperties(Map<String, ?> extra) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.putAll(extra);
        return properties;
    }

    /** Whether the broker's JVM is alive (it may still be starting or stopping). */
    public boolean running() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /**
     * Stops the broker as an operator would: SIGTERM, so it shuts down cleanly and keeps its data;
     * SIGKILL only if it has not exited after 30 s. Does nothing if it is not running.
     */
    public synchronized void stop() {
        Process current = process;
        process = null;
        if (current != null) {
            terminate(current);
        }
    }

    /** Stops the broker if it runs, then starts it again on the same address with the same data and waits until it answers. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("the restartable Kafka broker at " + bootstrapServers()
                    + " is closed; start a new one with RestartableKafka.start()");
        }
        stop();
        launch();
        LOG.info(() -> "restartable Kafka broker ready again at " + bootstrapServers());
    }

    /** Stops the broker and deletes its directory, data and log included. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        ServerDirectories.delete(directory);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already exiting; the hook finds nothing left to do.
        }
    }

    /** The directory holding the configuration, data and log. */
    Path directory() {
        return directory;
    }

    /** The broker's JVM, or null when it is stopped. */
    Process process() {
        return process;
    }

    private void writeConfig() {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        try {
            Files.writeString(config, properties);
            // An argument file keeps a long test class path off the command line (and its length limit).
            Files.writeString(argumentFile(), "-cp\n\"" + System.getProperty("java.class.path")
                    .replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the restartable Kafka broker's configuration to " + directory, e);
        }
    }

    /** Formats the storage as {@code ./paybridge} does, with StorageTool in its own JVM (it ends by exiting). */
    private void format() {
        Process tool = spawn("kafka.tools.StorageTool",
                "format", "--ignore-formatted", "-t", Uuid.randomUuid().toString(), "-c", config.toString());
        try {
            if (!tool.waitFor(FORMAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                tool.destroyForcibly();
                throw failure("formatting its storage took longer than " + FORMAT_TIMEOUT.toSeconds() + " s",
                        "the machine may be overloaded; see the log below");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tool.destroyForcibly();
            throw new IllegalStateException("interrupted while formatting the restartable Kafka broker's storage", e);
        }
        if (tool.exitValue() != 0) {
            throw failure("formatting its storage failed with exit status " + tool.exitValue(),
                    "see the StorageTool output below");
        }
    }

    private void launch() {
        process = spawn(KafkaChild.class.getName(), config.toString());
        awaitReady(process);
    }

    private Process spawn(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "@" + argumentFile(),
                mainClass));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start a JVM for the restartable Kafka broker (" + command.get(0)
                    + "): " + e.getMessage() + ". Fix: check that java.home names a complete JDK or JRE", e);
        }
    }

    /** Ready means the broker answers describeCluster; the port accepting connections comes first, so no client logs refusals. */
    private void awaitReady(Process broker) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Throwable lastError = null;
        try (Admin admin = Admin.create(clientProperties(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200)))) {
            while (true) {
                if (!broker.isAlive()) {
                    throw failure("exited with status " + broker.exitValue() + " while starting",
                            "see the broker log below (\"Address already in use\" means another process took the port while it was stopped)");
                }
                if (System.nanoTime() > deadline) {
                    broker.destroyForcibly();
                    throw failure("did not answer within " + READY_TIMEOUT.toSeconds() + " s (last error: " + lastError + ")",
                            "see the broker log below; on a busy machine a slow start is the usual cause");
                }
                if (accepts()) {
                    try {
                        admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000)).nodes().get();
                        return;
                    } catch (ExecutionException e) {
                        lastError = e.getCause();
                    }
                } else {
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the restartable Kafka broker at "
                    + bootstrapServers(), e);
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void createCatalogTopics() {
        try (Admin admin = admin()) {
            CatalogTopics.ensure(admin, (short) 1);
        } catch (RuntimeException e) {
            throw failure("did not accept the catalog topics (" + e.getMessage() + ")", "see the broker log below");
        }
    }

    private static void terminate(Process broker) {
        broker.destroy();
        try {
            if (!broker.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "restartable Kafka broker (pid " + broker.pid() + ") did not stop within "
                        + STOP_TIMEOUT.toSeconds() + " s of SIGTERM; killing it");
                broker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broker.destroyForcibly();
        }
    }

    /** Runs at JVM exit without the lock: a test thread may hold it while the JVM goes down. */
    private void stopAtExit() {
        Process current = process;
        if (current != null) {
            terminate(current);
        }
        ServerDirectories.delete(directory);
    }

    private Path argumentFile() {
        return directory.resolve("java-classpath.args");
    }

    private IllegalStateException failure(String what, String fix) {
        return new IllegalStateException("The restartable Kafka broker at " + bootstrapServers() + " " + what
                + ". Fix: " + fix + ".\n--- end of " + log + " ---\n" + ServerDirectories.tail(log));
    }

    /** Ports free on 127.0.0.1 now; all are held until every one is found, so they differ. */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("could not find free ports on " + HOST + ": " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing a port probe failed", e);
                }
            }
        }
    }
}
