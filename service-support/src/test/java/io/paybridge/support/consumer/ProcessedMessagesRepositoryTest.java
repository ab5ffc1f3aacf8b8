package io.paybridge.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ProcessedMessagesRepositoryTest {

    @Inject
    ProcessedMessages processed;

    @Test
    void aMessageIsNewOnceAndOnlyOncePerConsumer() throws Throwable {
        String id = UUID.randomUUID().toString();
        assertThat(record("checkout", id)).isTrue();
        assertThat(record("checkout", id)).isFalse();
        assertThat(record("payout", id)).isTrue();
    }

    @Test
    void aRolledBackEffectForgetsTheMessageSoItIsAppliedOnRedelivery() throws Throwable {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> processed.firstTime("checkout", id)
                        .flatMap(first -> Uni.createFrom().failure(new IllegalStateException("effect failed"))))))
                .hasMessage("effect failed");
        assertThat(record("checkout", id)).isTrue();
    }

    @Test
    void ofEightConcurrentCopiesExactlyOneIsApplied() throws Exception {
        String id = UUID.randomUUID().toString();
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> copies = IntStream.range(0, 8)
                    .<Callable<Boolean>>mapToObj(i -> () -> {
                        try {
                            return record("ingest", id);
                        } catch (Throwable e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            List<Boolean> outcomes = executor.invokeAll(copies).stream().map(ProcessedMessagesRepositoryTest::get).toList();
            assertThat(outcomes).containsOnlyOnce(true).hasSize(8);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void refusesToRecordOutsideTheEffectsTransaction() {
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> processed.firstTime("checkout", "m-1"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside @WithTransaction");
    }

    private boolean record(String consumer, String id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> processed.firstTime(consumer, id)));
    }

    private static Boolean get(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
