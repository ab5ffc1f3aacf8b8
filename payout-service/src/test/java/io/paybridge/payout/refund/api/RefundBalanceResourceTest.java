package io.paybridge.payout.refund.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.BalanceCheckOn;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.RefundApi;
import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the balance check on, a refund the merchant's known PSP balance cannot cover is a 422 before anything is reserved. */
@QuarkusTest
@TestProfile(BalanceCheckOn.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundBalanceResourceTest {

    @Inject
    PayoutDatabase database;

    @Test
    void aRefundTheKnownPspBalanceCannotCoverIsA422AndNothingIsReserved() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        database.execute("INSERT INTO psp_balance (currency, balance_minor, fetched_at, called_at) VALUES ('EUR', 2000, now(), now())"
                + " ON CONFLICT (currency) DO UPDATE SET balance_minor = 2000, fetched_at = now(), called_at = now()");
        long outboxBefore = database.outboxWrites();

        Response response = RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(),
                RefundApi.body(deposit.orderRef, "20.01"));

        response.then().statusCode(422).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:insufficient-psp-balance");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("amount"));
        assertThat(database.refundsOf(deposit.orderRef)).isEmpty();
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isZero();
        assertThat(database.outboxWrites()).isEqualTo(outboxBefore);
        // what the balance covers goes ahead (and stays UNKNOWN: the PSP is unreachable here)
        RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(),
                RefundApi.body(deposit.orderRef, "20.00")).then().statusCode(202);
    }
}
