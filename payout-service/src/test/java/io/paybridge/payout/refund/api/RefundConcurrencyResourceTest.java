package io.paybridge.payout.refund.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.RefundApi;
import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sixteen refunds at once against real PostgreSQL (the PSP unreachable, so every reserved refund stays reserved):
 * with different keys they race for what the deposit has left and exactly the ones that fit get it; with one key
 * exactly one refund is reserved and sent once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundConcurrencyResourceTest {

    private static final int RACERS = 16;

    @Inject
    PayoutDatabase database;

    @Test
    void sixteenRefundsWithDifferentKeysNeverExceedTheDepositAndExactlyTheFittingOnesAreReserved() throws Exception {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(deposit.orderRef, "40.00"))
                .then().statusCode(202);

        // 60.00 left: three refunds of 20.00 fit, thirteen do not
        List<Response> responses = race(i -> RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(),
                RefundApi.body(deposit.orderRef, "20.00")));

        Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertThat(byStatus).isEqualTo(Map.of(202, 3L, 422, 13L));
        assertThat(responses.stream().filter(response -> response.statusCode() == 422)
                .map(response -> response.jsonPath().getString("type")).distinct().toList())
                .containsExactly("urn:paybridge:problem:refund-exceeds-remaining");
        RefundableDeposit after = database.deposit(deposit.orderRef);
        assertThat(after.refundedMinor).isEqualTo(10_000);
        assertThat(after.refundCount).isEqualTo(4);
        assertThat(database.refundedFromRows(deposit.orderRef)).isEqualTo(10_000);
        assertThat(database.refundsOf(deposit.orderRef)).hasSize(4)
                .allSatisfy(refund -> assertThat(refund.status).isEqualTo(RefundStatus.UNKNOWN));
    }

    @Test
    void sixteenCopiesOfOneRequestReserveOneRefundAndSendItOnce() throws Exception {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        String key = UUID.randomUUID().toString();

        List<Response> responses = race(i -> RefundApi.post(TestTokens.refunder(), key,
                RefundApi.body(deposit.orderRef, "30.00")));

        List<Refund> refunds = database.refundsOf(deposit.orderRef);
        assertThat(refunds).hasSize(1);
        Refund refund = refunds.get(0);
        assertThat(refund.attempts).as("sends of Refund").isEqualTo(1);
        assertThat(refund.status).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(3_000);
        // each copy got the first answer (202, the one refund) or was told the first is still in flight (409)
        assertThat(responses).extracting(Response::statusCode).containsAnyOf(202).allMatch(code -> code == 202 || code == 409);
        assertThat(responses.stream().filter(response -> response.statusCode() == 202)
                .map(response -> response.jsonPath().getString("refundId")).distinct().toList())
                .containsExactly(refund.refundId);
    }

    private static List<Response> race(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
