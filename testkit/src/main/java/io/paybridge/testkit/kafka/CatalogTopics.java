package io.paybridge.testkit.kafka;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates every topic of the catalog (and its dead-letter topic) on a broker, idempotently, and
 * checks that existing topics have the catalog's partition count.
 */
public final class CatalogTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private CatalogTopics() {}

    /** The topics the catalog asks for: each catalog topic with its partitions, each dead-letter topic with one. */
    public static List<NewTopic> wanted(short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (TopicSpec spec : Topics.all()) {
            topics.add(new NewTopic(spec.name(), spec.partitions(), replicationFactor));
            topics.add(new NewTopic(spec.deadLetterTopic(), 1, replicationFactor));
        }
        return topics;
    }

    /**
     * Creates the missing topics and fails if an existing one has a different partition count.
     *
     * @return the names of the topics this call created
     */
    public static Set<String> ensure(Admin admin, short replicationFactor) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = wanted(replicationFactor).stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            verifyPartitions(admin);
            return missing.stream().map(NewTopic::name).collect(Collectors.toUnmodifiableSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the catalog topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the catalog topics: " + rootMessage(e), e);
        }
    }

    /**
     * The partition count of every wanted topic, in catalog order, after checking each exists with
     * the catalog's count.
     *
     * @throws IllegalStateException naming the first topic that is missing or differs
     */
    public static Map<String, Integer> verifiedPartitions(Admin admin) {
        try {
            return verifyPartitions(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing the catalog topics", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("a catalog topic is missing (" + e.getCause().getMessage() + ")", e);
            }
            throw new IllegalStateException("could not describe the catalog topics: " + rootMessage(e), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not describe the catalog topics: " + rootMessage(e), e);
        }
    }

    private static Map<String, Integer> verifyPartitions(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<NewTopic> wanted = wanted((short) 1);
        Map<String, TopicDescription> described = admin
                .describeTopics(wanted.stream().map(NewTopic::name).toList())
                .allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Integer> partitions = new LinkedHashMap<>();
        for (NewTopic topic : wanted) {
            int actual = described.get(topic.name()).partitions().size();
            if (actual != topic.numPartitions()) {
                throw new IllegalStateException("topic " + topic.name() + " has " + actual
                        + " partitions, the catalog says " + topic.numPartitions()
                        + "; delete it or align Topics before starting");
            }
            partitions.put(topic.name(), actual);
        }
        return partitions;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
