package io.paybridge.testkit.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The Kafka broker of a test JVM: a real single-node KRaft broker started in-process from Apache
 * Kafka's own test kit, or an existing broker named by {@code KAFKA_BOOTSTRAP_SERVERS}. Started
 * once per JVM; the catalog topics exist when {@link #shared()} returns.
 *
 * <p>Stopping at JVM exit is ordered: Kafka's test kit registers a shutdown hook that deletes the
 * broker's directory, and JVM shutdown hooks run concurrently, so that hook could delete the log
 * directory under a broker that is still flushing; the broker then treats the directory as failed
 * and halts the JVM with status 1 (a test run whose tests all passed, failing as a crashed fork).
 * The test kit's hooks are therefore deferred until the broker has stopped, and a halt requested by
 * Kafka while the broker stops is logged instead of ending the JVM.
 */
public final class EmbeddedKafka {

    /** Environment variable naming an existing broker to use instead of starting one. */
    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    /**
     * System property holding the bootstrap servers of the broker this JVM started. Quarkus loads
     * this class once per test application class loader; the property lets every copy share the
     * one broker instead of starting another.
     */
    static final String STARTED_PROPERTY = "paybridge.testkit.kafka.bootstrap-servers";

    private static final Logger LOG = Logger.getLogger(EmbeddedKafka.class.getName());
    private static EmbeddedKafka shared;

    private final String bootstrapServers;
    private final KafkaClusterTestKit cluster;
    private final List<Runnable> afterStop;
    private volatile boolean stopping;

    private EmbeddedKafka(String bootstrapServers, KafkaClusterTestKit cluster, List<Runnable> afterStop) {
        this.bootstrapServers = bootstrapServers;
        this.cluster = cluster;
        this.afterStop = afterStop;
    }

    private static EmbeddedKafka external(String bootstrapServers) {
        return new EmbeddedKafka(bootstrapServers, null, List.of());
    }

    /** The broker of this JVM, started (or located) on first use, with the catalog topics created. */
    public static synchronized EmbeddedKafka shared() {
        if (shared == null) {
            String started = System.getProperty(STARTED_PROPERTY);
            if (started != null) {
                shared = external(started);
                return shared;
            }
            EmbeddedKafka kafka = Optional.ofNullable(System.getenv(BOOTSTRAP_ENV))
                    .filter(value -> !value.isBlank())
                    .map(value -> external(value.trim()))
                    .orElseGet(EmbeddedKafka::startInProcess);
            try (Admin admin = kafka.admin()) {
                CatalogTopics.ensure(admin, (short) 1);
            } catch (RuntimeException e) {
                kafka.close();
                throw new IllegalStateException("Kafka at " + kafka.bootstrapServers
                        + " did not accept the catalog topics (" + e.getMessage() + "). Fix: "
                        + (kafka.cluster == null
                                ? "check that " + BOOTSTRAP_ENV + " names a reachable broker that allows topic creation"
                                : "see the broker's WARN log lines above"), e);
            }
            shared = kafka;
            System.setProperty(STARTED_PROPERTY, kafka.bootstrapServers);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-shutdown"));
        }
        return shared;
    }

    private static EmbeddedKafka startInProcess() {
        quietBrokerLogs();
        List<Runnable> afterStop = new CopyOnWriteArrayList<>();
        KafkaClusterTestKit cluster = null;
        Exit.setShutdownHookAdder((name, hook) -> afterStop.add(hook));
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build();
            cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrapServers = cluster.bootstrapServers();
            LOG.info(() -> "embedded Kafka broker (KRaft, " + MetadataVersion.latestProduction()
                    + ") ready at " + bootstrapServers);
            EmbeddedKafka kafka = new EmbeddedKafka(bootstrapServers, cluster, afterStop);
            Exit.setHaltProcedure(kafka::haltUnlessStopping);
            return kafka;
        } catch (Exception e) {
            closeQuietly(cluster);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("The embedded Kafka broker did not start: " + e
                    + ". Fix: check free disk space in " + System.getProperty("java.io.tmpdir")
                    + " and free ports on 127.0.0.1, or set " + BOOTSTRAP_ENV
                    + "=host:port to use an existing broker.", e);
        } finally {
            Exit.resetShutdownHookAdder();
        }
    }

    private void haltUnlessStopping(int status, String message) {
        if (stopping) {
            LOG.warning(() -> "Kafka asked to halt the JVM with status " + status + " while the embedded broker"
                    + " was stopping (" + message + "); ignored, the broker is going away anyway");
            return;
        }
        LOG.severe(() -> "Kafka halts the JVM with status " + status + ": " + message);
        Runtime.getRuntime().halt(status);
    }

    /** Broker logs at WARN: the broker is scenery, its INFO lines would drown the test output. */
    private static void quietBrokerLogs() {
        for (String category : new String[] {"kafka", "org.apache.kafka", "state.change.logger"}) {
            Logger.getLogger(category).setLevel(Level.WARNING);
        }
    }

    /** host:port list of the broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding the started broker's logs; empty for an external broker. */
    Optional<String> dataDirectory() {
        return Optional.ofNullable(cluster).map(started -> started.nodes().baseDirectory());
    }

    /** A new admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(clientProperties(Map.of()));
    }

    /** Client properties pointing at this broker, plus the given ones. */
    public Properties clientProperties(Map<String, ?> extra) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.putAll(extra);
        return properties;
    }

    private void close() {
        stopping = true;
        closeQuietly(cluster);
        for (Runnable cleanup : afterStop) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cleanup after the embedded Kafka broker failed", e);
            }
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "embedded Kafka broker did not stop cleanly", e);
        }
    }
}
