package io.paybridge.support.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes how many records wait in each dead-letter topic of the catalog as the gauge {@code paybridge.kafka.dlq.depth}
 * (Prometheus {@code paybridge_kafka_dlq_depth}, by {@code topic}): the records between the start and the end of the topic,
 * refreshed every {@code paybridge.metrics.dead-letter-depth.interval}. On with
 * {@code paybridge.metrics.dead-letter-depth.enabled} in the services that consume Kafka; a topic that does not exist yet
 * counts as empty. A failed refresh keeps the last values and says so once in the log.
 */
@Startup
@ApplicationScoped
public class DeadLetterDepth {

    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);

    private final boolean enabled;
    private final Optional<String> bootstrapServers;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();
    private final List<Gauge> gauges = new ArrayList<>();
    private volatile Admin admin;
    private volatile boolean failing;

    public DeadLetterDepth(MeterRegistry registry,
            @ConfigProperty(name = "paybridge.metrics.dead-letter-depth.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> bootstrapServers) {
        this.registry = registry;
        this.enabled = enabled && bootstrapServers.isPresent();
        this.bootstrapServers = bootstrapServers;
        if (this.enabled) {
            for (TopicSpec topic : Topics.all()) {
                AtomicLong depth = depths.computeIfAbsent(topic.deadLetterTopic(), name -> new AtomicLong());
                gauges.add(Gauge.builder("paybridge.kafka.dlq.depth", depth, AtomicLong::get)
                        .description("Records waiting in a dead-letter topic (between its start and end offsets)")
                        .tag("topic", topic.deadLetterTopic()).register(registry));
            }
        }
    }

    @Scheduled(identity = "dead-letter-depth", every = "${paybridge.metrics.dead-letter-depth.interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (!enabled) {
            return;
        }
        try {
            Admin client = admin();
            List<String> existing = client.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(depths::containsKey).toList();
            Map<String, Long> counted = existing.isEmpty() ? Map.of() : depthOf(client, existing);
            depths.forEach((topic, depth) -> depth.set(counted.getOrDefault(topic, 0L)));
            failing = false;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!failing) {
                LOG.warnf("dead-letter depth not refreshed (keeping the last values): %s", e.toString());
            }
            failing = true;
        }
    }

    private static Map<String, Long> depthOf(Admin client, List<String> topics) throws Exception {
        List<TopicPartition> partitions = client.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                .flatMap(description -> description.partitions().stream()
                        .map(partition -> new TopicPartition(description.name(), partition.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(client, partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(client, partitions, OffsetSpec.latest());
        return partitions.stream().collect(Collectors.groupingBy(TopicPartition::topic,
                Collectors.summingLong(partition -> ends.get(partition).offset() - starts.get(partition).offset())));
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        return client.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all().get(10, TimeUnit.SECONDS);
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.orElseThrow(),
                    AdminClientConfig.CLIENT_ID_CONFIG, "paybridge-dead-letter-depth",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
        }
        return admin;
    }

    /** Closes the admin client and removes the gauges (Micrometer's registry can outlive the bean, as in tests). */
    @PreDestroy
    void close() {
        gauges.forEach(registry::remove);
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
