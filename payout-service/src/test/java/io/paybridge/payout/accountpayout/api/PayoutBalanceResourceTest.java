package io.paybridge.payout.accountpayout.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.BalanceCheckOn;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.PayoutRequests;
import io.paybridge.payout.fixture.Principals;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With the balance check on, a payout the merchant's known PSP balance cannot cover is a 422 when requested (nothing
 * stored) and when approved (it keeps waiting). SEK, so the refunds' EUR balance is not disturbed.
 */
@QuarkusTest
@TestProfile(BalanceCheckOn.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PayoutBalanceResourceTest {

    private static final String BALANCE = "INSERT INTO psp_balance (currency, balance_minor, fetched_at, called_at)"
            + " VALUES ('SEK', $1, now(), now()) ON CONFLICT (currency) DO UPDATE SET balance_minor = $1, fetched_at = now(),"
            + " called_at = now()";

    @Inject
    AccountPayoutDatabase payouts;

    @Inject
    PayoutDatabase database;

    private Map<String, Object> body(String endUser, String amount) {
        Map<String, Object> body = PayoutRequests.body(payouts.knownAccount(endUser), endUser, amount);
        body.put("currency", "SEK");
        return body;
    }

    @Test
    void aPayoutTheKnownBalanceCannotCoverIsRefusedWhenRequestedAndWhenApproved() {
        String endUser = "user-" + UUID.randomUUID();
        database.execute(BALANCE, 500_000L);
        String waiting = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(), body(endUser, "4000.00"))
                .jsonPath().getString("payoutId");
        database.execute(BALANCE, 200_000L);
        long writes = database.outboxWrites();

        Response requested = PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(), body(endUser, "2000.01"));
        Response approved = given().auth().oauth2(Principals.approver()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/payouts/" + waiting + "/approve");

        assertThat(requested.statusCode()).isEqualTo(422);
        assertThat(requested.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:insufficient-psp-balance");
        assertThat(requested.jsonPath().getList("errors.name")).isEqualTo(List.of("amount"));
        assertThat(approved.statusCode()).isEqualTo(422);
        assertThat(approved.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:insufficient-psp-balance");
        assertThat(payouts.payout(waiting).status).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(payouts.payout(waiting).sendAttempts).isZero();
        assertThat(payouts.payoutsOfEndUser(endUser)).isEqualTo(1);
        assertThat(database.outboxWrites()).isEqualTo(writes);
        // what the balance covers goes ahead (and stays UNKNOWN: the PSP is unreachable here)
        assertThat(PayoutRequests.post(Principals.requester(), UUID.randomUUID().toString(), body(endUser, "900.00"))
                .statusCode()).isEqualTo(202);
    }
}
